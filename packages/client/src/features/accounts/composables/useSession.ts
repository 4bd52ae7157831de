import { useMutation } from '@urql/vue';
import { graphql } from '@/gql';
import type { RegisterInput, SignInInput } from '@/gql/graphql';
import { resetClient } from '@/urql';
import { settleLocaleAfterSignIn } from './languageChoice';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      locale
    }
  }
`);

const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      email
    }
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      id
      locale
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Sign-in, registration and sign-out; each starts a fresh cache for the new viewer. */
export function useSession() {
  const signInMutation = useMutation(SignInMutation);
  const registerMutation = useMutation(RegisterMutation);
  const signOutMutation = useMutation(SignOutMutation);
  const resetPasswordMutation = useMutation(ResetPasswordMutation);

  async function afterSignIn(profileLocale: unknown) {
    // Before the new client: the language is settled (and saved) while this one still serves.
    await settleLocaleAfterSignIn(profileLocale);
    resetClient();
  }

  return {
    signingIn: signInMutation.fetching,
    registering: registerMutation.fetching,
    async signIn(input: SignInInput) {
      const result = await signInMutation.executeMutation({ input });
      if (result.data) await afterSignIn(result.data.signIn.locale);
      return result;
    },
    /**
     * Registers, then signs in with the same credentials. The server answers registration the
     * same way whether the address is new or taken (so nobody can probe who has an account);
     * `signedIn: false` without an error means the address already had an account.
     */
    async register(input: RegisterInput) {
      const registered = await registerMutation.executeMutation({ input });
      if (registered.error) return { error: registered.error, signedIn: false };
      const signedIn = await signInMutation.executeMutation({
        input: { email: input.email, password: input.password },
      });
      if (!signedIn.data) return { error: undefined, signedIn: false };
      await afterSignIn(signedIn.data.signIn.locale);
      return { error: undefined, signedIn: true };
    },
    /** Sets a new password with a reset link's token; the server signs this browser in. */
    async resetPassword(token: string, newPassword: string) {
      const result = await resetPasswordMutation.executeMutation({ token, newPassword });
      if (result.data) await afterSignIn(result.data.resetPassword.locale);
      return result;
    },
    async signOut() {
      const result = await signOutMutation.executeMutation({});
      if (!result.error) resetClient();
      return result;
    },
  };
}
