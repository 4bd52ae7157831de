import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Person } from '../accounts/account.types.js';
import { CallAnnex, CallQuestion } from '../calls/call.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { JSON } from '../common/scalars.js';

@ObjectType('ApplicationAnswer', { description: 'One of the call’s questions with the application’s answer.' })
export class ApplicationAnswerType {
  @Field(() => CallQuestion, { description: 'The question, as the call asks it now.' })
  question!: CallQuestion;

  @Field(() => JSON, {
    nullable: true,
    description:
      'The answer: text, a number, an option, a list of options or true/false by the question’s kind; null when not answered.',
  })
  value!: unknown;
}

@ObjectType('ApplicationVersion', { description: 'A submission of an application, frozen as it was submitted.' })
export class ApplicationVersionType {
  @Field(() => Int, { description: '1 for the first submission, one more for each resubmission.' })
  number!: number;

  @Field(() => Date, { description: 'When it was submitted, by the server’s clock.' })
  submittedAt!: string;

  @Field(() => Person, { nullable: true, description: 'Who submitted it.' })
  submittedBy!: Person | null;

  @Field(() => JSON, {
    description:
      'What was submitted: `call`, `initiative` (title, summary, body, bodyHtml, figures, measure, eldership, themes, lead and accepted co-proposers), `eligibleCostsCents`, `answers` (each question’s wording then, with the answer) and `annexes` (name, size, SHA-256, file id).',
  })
  snapshot!: Record<string, unknown>;
}

@ObjectType({ description: 'A reason an application cannot be submitted yet.' })
export class ApplicationProblem {
  @Field(() => String, {
    description:
      'Where the form shows it: `call`, `completionRequest`, `leadOrganisation`, `initiative.<field>`, `eligibleCostsCents`, `answers.<questionId>`, `annexes.<callAnnexId>`.',
  })
  field!: string;

  @Field(() => String, { description: 'A stable code the client words in the reader’s language (docs/errors.md).' })
  code!: string;

  @Field(() => String, { description: 'The problem in English, for developers.' })
  message!: string;

  @Field(() => JSON, {
    nullable: true,
    description: 'The figures the wording needs, e.g. `{ "minSupportCents": 500000 }`; null when none.',
  })
  params!: Record<string, number | string> | null;
}

@ObjectType('ApplicationAnnex', {
  description: 'A file given to an application for one of its call’s annexes, or as an extra document.',
})
export class ApplicationAnnexType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => CallAnnex, { nullable: true, description: 'The call’s annex it is for; null for an extra document.' })
  callAnnex!: CallAnnex | null;

  @Field(() => StoredFile, { description: 'The file, downloaded by those who may read the application.' })
  file!: StoredFile;

  @Field(() => Person, { nullable: true, description: 'Who attached it.' })
  uploadedBy!: Person | null;

  @Field(() => Date, { description: 'When it was attached.' })
  createdAt!: string;
}
