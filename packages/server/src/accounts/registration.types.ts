import { Field, ObjectType } from 'type-graphql';

/**
 * The one answer to every valid registration, whether the address was new or already had an
 * account, so that registering cannot be used to find out who has one.
 */
@ObjectType({
  description:
    'A registration was received. The answer is the same whether or not the address already had an account; no session is started, so sign in next.',
})
export class RegistrationReceived {
  @Field(() => String, { description: 'The e-mail address to sign in with, as stored (trimmed, lower case).' })
  email!: string;

  static for(email: string): RegistrationReceived {
    return Object.assign(new RegistrationReceived(), { email });
  }
}
