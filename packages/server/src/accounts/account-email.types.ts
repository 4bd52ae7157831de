import { Field, ObjectType } from 'type-graphql';

/**
 * The one answer to every valid password reset request, whether or not an account has the
 * address, so that asking cannot be used to find out who has one.
 */
@ObjectType({
  description:
    'A password reset was asked for. The answer is the same whether or not an account has the address; if one has, a link was sent to it.',
})
export class PasswordResetRequested {
  @Field(() => String, { description: 'The address as understood (trimmed, lower case).' })
  email!: string;

  static for(email: string): PasswordResetRequested {
    return Object.assign(new PasswordResetRequested(), { email });
  }
}

@ObjectType({ description: 'An e-mail address confirmed by the link sent to it.' })
export class EmailConfirmed {
  @Field(() => String, { description: 'The account’s sign-in address now.' })
  email!: string;

  @Field(() => Boolean, { description: 'True when the link changed the account’s address to this one.' })
  changed!: boolean;
}
