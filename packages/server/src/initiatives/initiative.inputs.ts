import { IsEnum, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Sector } from '../organisations/organisation.enums.js';
import { InitiativeStatus } from './initiative.enums.js';

@InputType({ description: 'Initiative filters; all given filters must hold.' })
export class InitiativeFilter {
  @Field(() => [InitiativeStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsEnum(InitiativeStatus, { each: true })
  status?: InitiativeStatus[];

  @Field(() => [String], { nullable: true, description: 'Any of these themes, by code (e.g. `ENVIRONMENT`).' })
  @IsOptional()
  @Matches(/^[A-Z_]{1,40}$/, { each: true, message: 'must be theme codes' })
  themes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Any of these strategy measures.' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be measure ids' })
  measureIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Any of these elderships, by code (e.g. `vievio`).' })
  @IsOptional()
  @Matches(/^[a-z-]{1,40}$/, { each: true, message: 'must be eldership codes' })
  elderships?: string[];

  @Field(() => ID, { nullable: true, description: 'Led by this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  leadOrganisationId?: string;

  @Field(() => [Sector], { nullable: true, description: 'Led by an organisation of any of these sectors.' })
  @IsOptional()
  @IsEnum(Sector, { each: true })
  leadSector?: Sector[];

  @Field(() => String, {
    nullable: true,
    description: 'Words in the title, summary or body; Lithuanian forms and missing diacritics are fine.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}
