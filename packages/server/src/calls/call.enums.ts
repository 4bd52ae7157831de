import { registerEnumType } from 'type-graphql';

/** What is stored: whether staff have published the call, and whether the board has decided. */
export enum CallStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  DECIDED = 'DECIDED',
}

/** Where a call stands for applicants, from its status and the database's clock. */
export enum CallPhase {
  DRAFT = 'DRAFT',
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DECIDED = 'DECIDED',
}

/** The kinds of answer a call's own question takes. */
export enum CallQuestionKind {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  YES_NO = 'YES_NO',
}

registerEnumType(CallStatus, {
  name: 'CallStatus',
  description: 'Whether a call is a draft, published, or decided by the board.',
});
registerEnumType(CallPhase, {
  name: 'CallPhase',
  description: 'Where a call stands for applicants now.',
  valuesConfig: {
    DRAFT: { description: 'Not published; staff only.' },
    UPCOMING: { description: 'Published, not yet open for applications.' },
    OPEN: { description: 'Accepting applications until its closing time.' },
    CLOSED: { description: 'Past its closing time; applications are being checked or evaluated.' },
    DECIDED: { description: 'The board has decided.' },
  },
});
registerEnumType(CallQuestionKind, {
  name: 'CallQuestionKind',
  description: 'The kind of answer a call’s question takes.',
});
