import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { Context } from '../context.js';
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
  @Query(() => User, { nullable: true, description: 'The signed-in person; null for a visitor.' })
  me(@Ctx() { accounts }: Context): User | null {
    return accounts.me();
  }

  @Query(() => [User], { description: 'People with accounts, by name (staff).' })
  users(@Args(() => UserSearchArgs) { search, first }: UserSearchArgs, @Ctx() { accounts }: Context): Promise<User[]> {
    return accounts.listUsers(search, first);
  }

  @FieldResolver(() => [Affiliation], { description: 'Organisations the person belongs to.' })
  affiliations(@Root() user: User, @Ctx() { loaders }: Context): Promise<Affiliation[]> {
    return loaders.affiliationsByUser.load(user.id);
  }

  @Mutation(() => RegistrationReceived, {
    description:
      'Creates an account for a new address; for an address that has one, answers the same and changes nothing. Starts no session: sign in next. Throttled per address.',
  })
  register(
    @Arg('input', () => RegisterInput) input: RegisterInput,
    @Ctx() { accounts }: Context,
  ): Promise<RegistrationReceived> {
    return accounts.register(input);
  }

  @Mutation(() => User, {
    description: 'Signs in; sets the session cookie. Each attempt counts against the account and the address.',
  })
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() { accounts }: Context): Promise<User> {
    return accounts.signIn(input);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; true if there was one.' })
  signOut(@Ctx() { accounts }: Context): Promise<boolean> {
    return accounts.signOut();
  }

  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() { accounts }: Context,
  ): Promise<boolean> {
    return accounts.changePassword(input);
  }

  @Mutation(() => User, { description: 'Changes the signed-in person’s name or language.' })
  updateProfile(
    @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput,
    @Ctx() { accounts }: Context,
  ): Promise<User> {
    return accounts.updateProfile(input);
  }

  @Mutation(() => User, { description: 'Sets a person’s platform role (admin).' })
  setUserRole(
    @Arg('userId', () => ID, { description: 'The person.' }) userId: string,
    @Arg('role', () => PlatformRole, { description: 'The new role.' }) role: PlatformRole,
    @Ctx() { accounts }: Context,
  ): Promise<User> {
    return accounts.setRole(userId, role);
  }
}

@Resolver()
export class InvitationResolver {
  @Query(() => InvitationPreview, {
    nullable: true,
    description: 'An open invitation by its link token; null if unknown or closed.',
  })
  invitation(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Ctx() { invitations }: Context,
  ): Promise<Invitation | null> {
    return invitations.preview(token);
  }

  @Mutation(() => InvitationCreated, {
    description: 'Invites a person to an organisation (staff); returns the link token once.',
  })
  inviteRepresentative(
    @Arg('input', () => InviteRepresentativeInput) input: InviteRepresentativeInput,
    @Ctx() { invitations }: Context,
  ): Promise<InvitationCreated> {
    return invitations.invite(input);
  }

  @Mutation(() => Invitation, { description: 'Revokes an open invitation (staff).' })
  revokeInvitation(
    @Arg('id', () => ID, { description: 'The invitation.' }) id: string,
    @Ctx() { invitations }: Context,
  ): Promise<Invitation> {
    return invitations.revoke(id);
  }

  @Mutation(() => Affiliation, { description: 'Accepts an invitation as the signed-in person.' })
  acceptInvitation(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Ctx() { invitations }: Context,
  ): Promise<Affiliation> {
    return invitations.accept(token);
  }

  @Mutation(() => Boolean, { description: 'Removes a person from an organisation (staff).' })
  removeAffiliation(
    @Arg('id', () => ID, { description: 'The affiliation.' }) id: string,
    @Ctx() { invitations }: Context,
  ): Promise<boolean> {
    return invitations.removeAffiliation(id);
  }
}
