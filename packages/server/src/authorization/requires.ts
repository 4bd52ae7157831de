import { Authorized, type AuthChecker } from 'type-graphql';
import type { RequestScope } from '../request-scope.js';
import { authorize, type Operation } from './policy.js';

/**
 * Declares on a field or operation that the viewer needs `operation` of the policy table, for
 * fields that exist to show something only some viewers may see (the staff's notes, flags, the
 * audit trail). Checks that depend on the record (an organisation's representatives) stay in
 * the services, which know the record.
 */
export function Requires(operation: Operation): MethodDecorator & PropertyDecorator {
  return Authorized<Operation>(operation);
}

/** type-graphql's check of `@Requires`: the policy table answers, with the API's own errors. */
export const policyAuthChecker: AuthChecker<RequestScope, Operation> = ({ context }, operations) => {
  for (const operation of operations) authorize(context.viewer, operation);
  return true;
};
