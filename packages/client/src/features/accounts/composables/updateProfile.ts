import { graphql } from '@/gql';

/** A person's own name and language; used by the profile form and by the header's language pick. */
export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      locale
    }
  }
`);
