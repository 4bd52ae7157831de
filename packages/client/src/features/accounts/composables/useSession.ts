import { useMutation } from '@urql/vue';
import { graphql } from '@/gql';
import type { RegisterInput, SignInInput } from '@/gql/graphql';
import { isAppLocale, setLocale } from '@/i18n';
import { resetClient } from '@/urql';

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

  async function afterSignIn(locale: unknown) {
    resetClient();
    if (isAppLocale(locale)) await setLocale(locale);
  }

  return {
    signingIn: signInMutation.fetching,
    registering: registerMutation.fetching,
    async signIn(input: SignInInput) {
      const result = await signInMutation.executeMutation({ input });
      if (result.data) await afterSignIn(result.data.signIn.locale);
      return result;
    },
    async register(input: RegisterInput) {
      const result = await registerMutation.executeMutation({ input });
      if (result.data) await afterSignIn(result.data.register.locale);
      return result;
    },
    async signOut() {
      const result = await signOutMutation.executeMutation({});
      if (!result.error) resetClient();
      return result;
    },
  };
}
