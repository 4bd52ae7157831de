import { Arg, Args, ArgsType, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { AccountLoaders } from './account-loaders.js';
import { AccountEmailService } from './account-email.service.js';
import {
  ChangeEmailArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  VerifyEmailArgs,
} from './account-email.inputs.js';
import { EmailConfirmed, PasswordResetRequested } from './account-email.types.js';
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

  @FieldResolver(() => Boolean, {
    description: 'Whether the person has confirmed the sign-in address by following the link sent to it.',
  })
  emailVerified(@Root() user: User): boolean {
    return user.emailVerifiedAt != null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A new sign-in address waiting to be confirmed by the link sent to it (only for the person themselves); the current address stays until then.',
  })
  pendingEmail(@Root() user: User): Promise<string | null> {
    return this.scope.get(AccountEmailService).pendingEmail(user);
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

  @Mutation(() => PasswordResetRequested, {
    description:
      'Asks for a password reset link by e-mail. Answers every address alike; a link (valid one hour, single use) is sent only if an account has it. Throttled per address and per client.',
  })
  requestPasswordReset(@Args(() => RequestPasswordResetArgs) { email }: RequestPasswordResetArgs) {
    return this.scope.get(AccountEmailService).requestPasswordReset(email);
  }

  @Mutation(() => User, {
    description:
      'Sets a new password with the token of a reset link; ends every session of the person and signs this browser in.',
  })
  resetPassword(@Args(() => ResetPasswordArgs) { token, newPassword }: ResetPasswordArgs): Promise<User> {
    return this.scope.get(AccountEmailService).resetPassword(token, newPassword);
  }

  @Mutation(() => EmailConfirmed, {
    description:
      'Confirms an e-mail address with the token of the link sent to it; for an address change, the new address becomes the sign-in address.',
  })
  verifyEmail(@Args(() => VerifyEmailArgs) { token }: VerifyEmailArgs): Promise<EmailConfirmed> {
    return this.scope.get(AccountEmailService).verifyEmail(token);
  }

  @Mutation(() => Boolean, {
    description: 'Sends the link that confirms the signed-in person’s address again. Throttled.',
  })
  resendVerificationEmail(): Promise<boolean> {
    return this.scope.get(AccountEmailService).resendVerificationEmail();
  }

  @Mutation(() => User, {
    description:
      'Asks to change the sign-in address: a confirmation link goes to the new address and a notice to the current one, which stays until the new one is confirmed. Throttled.',
  })
  changeEmail(@Args(() => ChangeEmailArgs) { newEmail, currentPassword }: ChangeEmailArgs): Promise<User> {
    return this.scope.get(AccountEmailService).changeEmail(newEmail, currentPassword);
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
    description:
      'Invites a person to an organisation (staff): the link is e-mailed to them; its token is also returned, this once.',
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
