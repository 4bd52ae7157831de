import { Arg, Args, ArgsType, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { AccountLoaders } from './account-loaders.js';
import { AccountService } from './account.service.js';
import { InvitationService } from './invitation.service.js';
import type { RequestScope } from '../request-scope.js';
import { PlatformRole } from './account.enums.js';
import { ChangePasswordInput, RegisterInput, SignInInput, UpdateProfileInput } from './account.inputs.js';
import { Affiliation } from './affiliation.entity.js';
import { InvitationCreated, InvitationPreview } from './account.types.js';
import { Invitation } from './invitation.entity.js';
import { InviteRepresentativeInput } from './invitation.inputs.js';
import { RegistrationReceived } from './registration.types.js';
import { User } from './user.entity.js';

@ArgsType()
class UserSearchArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => Int, { defaultValue: 20, description: 'How many, 1–100.' })
  @Min(1)
  @Max(100)
  first: number = 20;
}

@Resolver(() => User)
export class AccountResolver {
  constructor(private readonly scope: RequestScope) {}

  private get accountService() {
    return this.scope.get(AccountService);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in person; null for a visitor.' })
  me(): User | null {
    return this.accountService.me();
  }

  @Query(() => [User], { description: 'People with accounts, by name (staff).' })
  users(@Args(() => UserSearchArgs) { search, first }: UserSearchArgs): Promise<User[]> {
    return this.accountService.listUsers(search, first);
  }

  @FieldResolver(() => [Affiliation], { description: 'Organisations the person belongs to.' })
  affiliations(@Root() user: User): Promise<Affiliation[]> {
    return this.scope.get(AccountLoaders).affiliationsByUser.load(user.id);
  }

  @Mutation(() => RegistrationReceived, {
    description:
      'Creates an account for a new address; for an address that has one, answers the same and changes nothing. Starts no session: sign in next. Throttled per address.',
  })
  register(@Arg('input', () => RegisterInput) input: RegisterInput): Promise<RegistrationReceived> {
    return this.accountService.register(input);
  }

  @Mutation(() => User, {
    description: 'Signs in; sets the session cookie. Each attempt counts against the account and the address.',
  })
  signIn(@Arg('input', () => SignInInput) input: SignInInput): Promise<User> {
    return this.accountService.signIn(input);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; true if there was one.' })
  signOut(): Promise<boolean> {
    return this.accountService.signOut();
  }

  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    return this.accountService.changePassword(input);
  }

  @Mutation(() => User, { description: 'Changes the signed-in person’s name or language.' })
  updateProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput): Promise<User> {
    return this.accountService.updateProfile(input);
  }

  @Mutation(() => User, { description: 'Sets a person’s platform role (admin).' })
  setUserRole(
    @Arg('userId', () => ID, { description: 'The person.' }) userId: string,
    @Arg('role', () => PlatformRole, { description: 'The new role.' }) role: PlatformRole,
  ): Promise<User> {
    return this.accountService.setRole(userId, role);
  }
}

@Resolver()
export class InvitationResolver {
  constructor(private readonly scope: RequestScope) {}

  private get invitationService() {
    return this.scope.get(InvitationService);
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description: 'An open invitation by its link token; null if unknown or closed.',
  })
  invitation(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
  ): Promise<Invitation | null> {
    return this.invitationService.preview(token);
  }

  @Mutation(() => InvitationCreated, {
    description: 'Invites a person to an organisation (staff); returns the link token once.',
  })
  inviteRepresentative(
    @Arg('input', () => InviteRepresentativeInput) input: InviteRepresentativeInput,
  ): Promise<InvitationCreated> {
    return this.invitationService.invite(input);
  }

  @Mutation(() => Invitation, { description: 'Revokes an open invitation (staff).' })
  revokeInvitation(@Arg('id', () => ID, { description: 'The invitation.' }) id: string): Promise<Invitation> {
    return this.invitationService.revoke(id);
  }

  @Mutation(() => Affiliation, { description: 'Accepts an invitation as the signed-in person.' })
  acceptInvitation(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
  ): Promise<Affiliation> {
    return this.invitationService.accept(token);
  }

  @Mutation(() => Boolean, { description: 'Removes a person from an organisation (staff).' })
  removeAffiliation(@Arg('id', () => ID, { description: 'The affiliation.' }) id: string): Promise<boolean> {
    return this.invitationService.removeAffiliation(id);
  }
}
