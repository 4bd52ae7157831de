/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      affiliations {\n        id\n        role\n        title\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment CallPageFields on Call {\n    id\n    number\n    title\n    bodyHtml\n    phase\n    opensAt\n    closesAt\n    secondsUntilClose\n    publishedAt\n    budgetCents\n    minSupportCents\n    maxSupportCents\n    maxIntensityPercent\n    requestedSupportCents\n    applicationCount\n    eligibleKinds\n    elderships {\n      id\n      name\n    }\n    measures {\n      id\n      code\n      title(language: $language)\n    }\n    criteria {\n      id\n      position\n      title\n      description\n      maxScore\n      weight\n    }\n    annexes {\n      id\n      position\n      title\n      description\n      required\n    }\n    questions {\n      id\n      position\n      text\n      description\n      kind\n      options\n      required\n    }\n    amendments {\n      id\n      number\n      reason\n      createdAt\n      changes {\n        field\n        from\n        to\n      }\n    }\n    version\n    viewerCanEdit\n    viewerCanPublish\n    viewerPublishProblems\n    viewerCanDelete\n  }\n": typeof types.CallPageFieldsFragmentDoc,
    "\n  query Call($number: Int!, $language: Locale!) {\n    call(number: $number) {\n      id\n      ...CallPageFields\n    }\n  }\n": typeof types.CallDocument,
    "\n  fragment InitiativeLiveFields on Initiative {\n    id\n    status\n    version\n    submittedAt\n    endorsementCount\n    viewerCanEdit\n    viewerCanEndorse\n    viewerTransitions\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      reason\n      createdAt\n      changedBy {\n        id\n        displayName\n      }\n    }\n    endorsements {\n      id\n      note\n      createdAt\n      organisation {\n        id\n        slug\n        name\n        sector\n      }\n    }\n    supportBySector {\n      allSectors\n      bySector {\n        sector\n        count\n      }\n    }\n  }\n": typeof types.InitiativeLiveFieldsFragmentDoc,
    "\n  query Initiative($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      bodyHtml\n      status\n      createdAt\n      estimatedBudgetCents\n      requestedSupportCents\n      viewerFollows\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      coProposers {\n        status\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n        code\n        title\n      }\n      eldership {\n        id\n        name\n      }\n      viewerCanDelete\n      viewerSubmissionProblems\n      ...InitiativeLiveFields\n    }\n  }\n": typeof types.InitiativeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      id\n      locale\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment CallCard on Call {\n    id\n    number\n    title\n    phase\n    opensAt\n    closesAt\n    secondsUntilClose\n    budgetCents\n  }\n": typeof types.CallCardFragmentDoc,
    "\n  query Calls($first: Int, $after: String) {\n    calls(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CallCard\n        }\n      }\n    }\n  }\n": typeof types.CallsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    body\n    bodyHtml\n    createdAt\n    isEdited\n    isDeleted\n    isHidden\n    hiddenReason\n    viewerCanEdit\n    author {\n      id\n      displayName\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query CanPropose {\n    viewerCanPropose\n  }\n": typeof types.CanProposeDocument,
    "\n  query InitiativeList(\n    $first: Int!\n    $after: String\n    $filter: InitiativeFilter\n    $orderBy: InitiativeOrder!\n    $forReview: Boolean! = false\n  ) {\n    initiatives(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          status\n          leadOrganisation {\n            id\n            name\n          }\n          ...InitiativeCard\n          ... on Initiative @include(if: $forReview) {\n            submittedAt\n            requestedSupportCents\n            endorsementCount\n            viewerTransitions\n          }\n        }\n      }\n    }\n  }\n": typeof types.InitiativeListDocument,
    "\n  query InitiativeViewer {\n    me {\n      id\n      role\n      affiliations {\n        id\n        role\n        organisation {\n          id\n          slug\n          name\n          membership\n          sector\n        }\n      }\n    }\n  }\n": typeof types.InitiativeViewerDocument,
    "\n  query InitiativeMeasures {\n    about {\n      strategy {\n        id\n        measures {\n          id\n          code\n          title\n        }\n      }\n    }\n  }\n": typeof types.InitiativeMeasuresDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    path\n    actorName\n    subjectTitle\n    status\n    organisationName\n    excerpt\n    dueAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountChangedDocument,
    "\n  query Elderships {\n    elderships {\n      id\n      code\n      name\n    }\n  }\n": typeof types.EldershipsDocument,
    "\n  fragment OrganisationProfile on Organisation {\n    id\n    slug\n    name\n    legalCode\n    sector\n    kind\n    scope\n    country\n    eldership {\n      id\n      code\n      name\n    }\n    membership\n    memberSince\n    memberUntil\n    email\n    phone\n    address\n    website\n    description\n    descriptionEn\n    foundedOn\n    registeredOn\n    createdAt\n    updatedAt\n    version\n    viewerCanEdit\n    representatives {\n      id\n      role\n      title\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrganisationProfileFragmentDoc,
    "\n  query Organisation($slug: String!, $language: Locale!) {\n    organisation(slug: $slug) {\n      id\n      ...OrganisationProfile\n      shownDescription: description(language: $language)\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  fragment TrackerPartnership on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    nextFollowUpOn\n    lastActivityAt\n    owner {\n      id\n      displayName\n    }\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.TrackerPartnershipFragmentDoc,
    "\n  fragment CooperationPartnership on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    publicDescription\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n        country\n      }\n    }\n    relatedInitiatives {\n      id\n      title\n    }\n  }\n": typeof types.CooperationPartnershipFragmentDoc,
    "\n  query Cooperation($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {\n    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CooperationPartnership\n        }\n      }\n    }\n  }\n": typeof types.CooperationDocument,
    "\n  query Lag {\n    about {\n      lag {\n        id\n        slug\n        country\n      }\n    }\n  }\n": typeof types.LagDocument,
    "\n  fragment PartnershipDetail on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    publicDescription\n    internalNotes\n    version\n    nextFollowUpOn\n    lastActivityAt\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n        country\n      }\n    }\n    contacts {\n      id\n      name\n      position\n      email\n      phone\n      organisation {\n        id\n        name\n      }\n    }\n    relatedInitiatives {\n      id\n      title\n    }\n  }\n": typeof types.PartnershipDetailFragmentDoc,
    "\n  fragment ActivityItem on PartnershipActivity {\n    id\n    kind\n    occurredOn\n    summary\n    peoplePresent\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ActivityItemFragmentDoc,
    "\n  query StaffPartnership($slug: String!) {\n    partnership(slug: $slug) {\n      id\n      ...PartnershipDetail\n      activities {\n        id\n        ...ActivityItem\n      }\n    }\n  }\n": typeof types.StaffPartnershipDocument,
    "\n  query StaffMembers {\n    users(first: 100) {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  query Footer {\n    about {\n      lag {\n        id\n        name\n        email\n        phone\n        address\n        website\n      }\n    }\n  }\n": typeof types.FooterDocument,
    "\n  query MarkdownPreview($source: String!) {\n    markdownPreview(source: $source)\n  }\n": typeof types.MarkdownPreviewDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AccountEmail {\n    me {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n": typeof types.AccountEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expiresAt\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query StaffUsers($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: PlatformRole!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      changed\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query CallMeasures($language: Locale!) {\n    about {\n      strategy {\n        id\n        measures {\n          id\n          code\n          title(language: $language)\n        }\n      }\n    }\n  }\n": typeof types.CallMeasuresDocument,
    "\n  mutation CreateCall($input: CallInput!, $language: Locale!) {\n    createCall(input: $input) {\n      id\n      number\n      ...CallPageFields\n    }\n  }\n": typeof types.CreateCallDocument,
    "\n  mutation UpdateCall($id: ID!, $version: Int!, $input: CallInput!, $reason: String, $language: Locale!) {\n    updateCall(id: $id, version: $version, input: $input, reason: $reason) {\n      id\n      number\n      ...CallPageFields\n    }\n  }\n": typeof types.UpdateCallDocument,
    "\n  mutation DeleteCallDraft($id: ID!) {\n    deleteCallDraft(id: $id)\n  }\n": typeof types.DeleteCallDraftDocument,
    "\n  mutation PublishCall($id: ID!, $version: Int!) {\n    publishCall(id: $id, version: $version) {\n      id\n      phase\n      publishedAt\n      secondsUntilClose\n      version\n      viewerCanEdit\n      viewerCanPublish\n      viewerCanDelete\n    }\n  }\n": typeof types.PublishCallDocument,
    "\n  query EditCall($number: Int!) {\n    call(number: $number) {\n      id\n      number\n      title\n      body\n      phase\n      opensAt\n      closesAt\n      budgetCents\n      minSupportCents\n      maxSupportCents\n      maxIntensityPercent\n      eligibleKinds\n      elderships {\n        id\n      }\n      measures {\n        id\n      }\n      criteria {\n        id\n        title\n        description\n        maxScore\n        weight\n      }\n      annexes {\n        id\n        title\n        description\n        required\n      }\n      questions {\n        id\n        text\n        description\n        kind\n        options\n        required\n      }\n      version\n      viewerCanEdit\n    }\n  }\n": typeof types.EditCallDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation FlagComment($id: ID!, $reason: String!) {\n    flagComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": typeof types.FlagCommentDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  query InitiativeComments($slug: String!, $after: String) {\n    initiative(slug: $slug) {\n      id\n      comments(first: 5, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InitiativeCommentsDocument,
    "\n  subscription CommentAdded($initiativeId: ID!) {\n    commentAdded(initiativeId: $initiativeId) {\n      ...CommentFields\n    }\n  }\n": typeof types.CommentAddedDocument,
    "\n  query ModerationQueue {\n    moderationQueue(first: 20) {\n      ...CommentFields\n      initiative {\n        id\n        slug\n        title\n      }\n      openFlags {\n        reason\n        createdAt\n        flaggedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation HideFlaggedComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideFlaggedCommentDocument,
    "\n  mutation DismissCommentFlags($id: ID!) {\n    dismissCommentFlags(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.DismissCommentFlagsDocument,
    "\n  query About($language: Locale!) {\n    about {\n      boardSize\n      lag {\n        id\n        slug\n        name\n        description(language: $language)\n      }\n      strategy {\n        id\n        title(language: $language)\n        periodStart\n        periodEnd\n        vision(language: $language)\n        mission(language: $language)\n        priorities {\n          id\n          position\n          title(language: $language)\n          description(language: $language)\n        }\n      }\n      milestones {\n        id\n        occurredOn\n        title(language: $language)\n        description(language: $language)\n      }\n    }\n    directoryStats {\n      memberCount\n      membersBySector {\n        sector\n        count\n      }\n    }\n  }\n": typeof types.AboutDocument,
    "\n  query Home($open: [InitiativeStatus!]) {\n    about {\n      lag {\n        id\n        name\n      }\n    }\n    viewerCanPropose\n    initiatives(first: 5, orderBy: NEWEST, filter: { status: $open }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          submittedAt\n          createdAt\n          endorsementCount\n          commentCount\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    recentComments(first: 4) {\n      id\n      bodyHtml\n      createdAt\n      author {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      initiative {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  mutation RespondToCoProposal($initiativeId: ID!, $organisationId: ID!, $accept: Boolean!) {\n    respondToCoProposal(initiativeId: $initiativeId, organisationId: $organisationId, accept: $accept) {\n      status\n      respondedAt\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.RespondToCoProposalDocument,
    "\n  mutation DeleteInitiativeDraft($id: ID!) {\n    deleteInitiativeDraft(id: $id)\n  }\n": typeof types.DeleteInitiativeDraftDocument,
    "\n  mutation EndorseInitiative($input: EndorseInput!) {\n    endorseInitiative(input: $input) {\n      id\n      initiative {\n        id\n        ...InitiativeLiveFields\n      }\n    }\n  }\n": typeof types.EndorseInitiativeDocument,
    "\n  mutation WithdrawEndorsement($initiativeId: ID!, $organisationId: ID!) {\n    withdrawEndorsement(initiativeId: $initiativeId, organisationId: $organisationId) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": typeof types.WithdrawEndorsementDocument,
    "\n  fragment InitiativeCard on Initiative {\n    id\n    slug\n    title\n    summary\n    status\n    createdAt\n    submittedAt\n    requestedSupportCents\n    endorsementCount\n    commentCount\n    leadOrganisation {\n      id\n      name\n    }\n    themes {\n      id\n      code\n    }\n    supportBySector {\n      allSectors\n    }\n  }\n": typeof types.InitiativeCardFragmentDoc,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      slug\n      status\n      version\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      id\n      slug\n      version\n      title\n      summary\n      body\n      bodyHtml\n      estimatedBudgetCents\n      requestedSupportCents\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n        code\n        title\n      }\n      eldership {\n        id\n        name\n      }\n      viewerSubmissionProblems\n    }\n  }\n": typeof types.UpdateInitiativeDocument,
    "\n  query InitiativeFieldsToSubmit {\n    initiativeFieldsToSubmit\n  }\n": typeof types.InitiativeFieldsToSubmitDocument,
    "\n  query ProposeAsSearch($search: String!) {\n    organisations(first: 20, filter: { search: $search, membership: [MEMBER] }, orderBy: RELEVANCE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProposeAsSearchDocument,
    "\n  query CoProposerSearch($search: String!) {\n    organisations(first: 8, filter: { search: $search }, orderBy: RELEVANCE) {\n      edges {\n        node {\n          id\n          name\n          membership\n        }\n      }\n    }\n  }\n": typeof types.CoProposerSearchDocument,
    "\n  mutation InviteCoProposer($initiativeId: ID!, $organisationId: ID!) {\n    inviteCoProposer(initiativeId: $initiativeId, organisationId: $organisationId) {\n      status\n      invitedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InviteCoProposerDocument,
    "\n  query SimilarInitiatives($title: String!) {\n    similarInitiatives(title: $title, first: 5) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.SimilarInitiativesDocument,
    "\n  mutation SubmitInitiative($id: ID!, $version: Int!) {\n    submitInitiative(id: $id, version: $version) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": typeof types.SubmitInitiativeDocument,
    "\n  mutation TransitionInitiative($input: TransitionInitiativeInput!) {\n    transitionInitiative(input: $input) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": typeof types.TransitionInitiativeDocument,
    "\n  mutation WithdrawInitiative($id: ID!, $reason: String!) {\n    withdrawInitiative(id: $id, reason: $reason) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": typeof types.WithdrawInitiativeDocument,
    "\n  query EditInitiative($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      status\n      version\n      title\n      summary\n      body\n      estimatedBudgetCents\n      requestedSupportCents\n      leadOrganisation {\n        id\n        name\n      }\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n      }\n      eldership {\n        id\n      }\n    }\n  }\n": typeof types.EditInitiativeDocument,
    "\n  subscription InitiativeChanged($initiativeId: ID!) {\n    initiativeChanged(initiativeId: $initiativeId) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": typeof types.InitiativeChangedDocument,
    "\n  query InitiativeLive($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": typeof types.InitiativeLiveDocument,
    "\n  query CoProposalDrafts {\n    initiatives(first: 40, filter: { status: [DRAFT] }, orderBy: RECENTLY_ACTIVE) {\n      edges {\n        node {\n          id\n          slug\n          title\n          leadOrganisation {\n            id\n            name\n          }\n          coProposers {\n            status\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoProposalDraftsDocument,
    "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.FollowInitiativeDocument,
    "\n  mutation UnfollowInitiative($initiativeId: ID!) {\n    unfollowInitiative(initiativeId: $initiativeId) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowInitiativeDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query Unsubscription($token: String!) {\n    unsubscription(token: $token) {\n      kind\n      delivery\n      done\n    }\n  }\n": typeof types.UnsubscriptionDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      delivery\n      done\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation InviteRepresentative($input: InviteRepresentativeInput!) {\n    inviteRepresentative(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteRepresentativeDocument,
    "\n  mutation ChangeMembership($input: ChangeMembershipInput!) {\n    changeMembership(input: $input) {\n      id\n      membership\n      memberSince\n      memberUntil\n      version\n      updatedAt\n    }\n  }\n": typeof types.ChangeMembershipDocument,
    "\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    kind\n    sector\n    membership\n    eldership {\n      id\n      name\n    }\n    representatives {\n      id\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrganisationCardFragmentDoc,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!, $language: Locale!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationProfile\n      shownDescription: description(language: $language)\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query OrganisationStaff($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n      auditTrail(first: 20) {\n        id\n        action\n        entityType\n        entityId\n        changes\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.OrganisationStaffDocument,
    "\n  fragment OrganisationRow on Organisation {\n    id\n    slug\n    name\n    legalCode\n    sector\n    kind\n    membership\n    memberSince\n    eldership {\n      id\n      name\n    }\n  }\n": typeof types.OrganisationRowFragmentDoc,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation RemoveAffiliation($id: ID!) {\n    removeAffiliation(id: $id)\n  }\n": typeof types.RemoveAffiliationDocument,
    "\n  query Directory($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationCard\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query MemberRegister($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n": typeof types.MemberRegisterDocument,
    "\n  mutation UpdatePartnershipActivity($input: UpdateActivityInput!) {\n    updatePartnershipActivity(input: $input) {\n      id\n      ...ActivityItem\n      partnership {\n        id\n      }\n    }\n  }\n": typeof types.UpdatePartnershipActivityDocument,
    "\n  mutation DeletePartnershipActivity($id: ID!) {\n    deletePartnershipActivity(id: $id)\n  }\n": typeof types.DeletePartnershipActivityDocument,
    "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.CreatePartnershipDocument,
    "\n  mutation LogPartnershipActivity($input: LogActivityInput!) {\n    logPartnershipActivity(input: $input) {\n      id\n      ...ActivityItem\n      partnership {\n        id\n        version\n        nextFollowUpOn\n        lastActivityAt\n        updatedAt\n        activities {\n          id\n          ...ActivityItem\n        }\n      }\n    }\n  }\n": typeof types.LogPartnershipActivityDocument,
    "\n  query PartnerTimeline($organisationId: ID!) {\n    partnerTimeline(organisationId: $organisationId) {\n      on\n      partnership {\n        id\n        slug\n        title\n      }\n      activity {\n        id\n        kind\n        summary\n      }\n    }\n  }\n": typeof types.PartnerTimelineDocument,
    "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      id\n      title\n      kind\n      scope\n      status\n      startDate\n      endDate\n      publicDescription\n      internalNotes\n      version\n      nextFollowUpOn\n      updatedAt\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdatePartnershipDocument,
    "\n  query PartnershipFigures {\n    partnershipFigures {\n      byStatus {\n        status\n        count\n      }\n      byScope {\n        scope\n        count\n      }\n      overdue {\n        id\n        slug\n        title\n        status\n        nextFollowUpOn\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.PartnershipFiguresDocument,
    "\n  query PartyOrganisationSearch($search: String!) {\n    organisations(first: 8, filter: { search: $search }, orderBy: RELEVANCE) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          country\n        }\n      }\n    }\n  }\n": typeof types.PartyOrganisationSearchDocument,
    "\n  mutation ChangePartnershipStatus($input: ChangePartnershipStatusInput!) {\n    changePartnershipStatus(input: $input) {\n      id\n      status\n      endDate\n      nextFollowUpOn\n      version\n      updatedAt\n    }\n  }\n": typeof types.ChangePartnershipStatusDocument,
    "\n  query PartnershipTracker($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {\n    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...TrackerPartnership\n        }\n      }\n    }\n  }\n": typeof types.PartnershipTrackerDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 30) {\n      kind\n      snippet\n      initiative {\n        id\n        slug\n        title\n      }\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      affiliations {\n        id\n        role\n        title\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  fragment CallPageFields on Call {\n    id\n    number\n    title\n    bodyHtml\n    phase\n    opensAt\n    closesAt\n    secondsUntilClose\n    publishedAt\n    budgetCents\n    minSupportCents\n    maxSupportCents\n    maxIntensityPercent\n    requestedSupportCents\n    applicationCount\n    eligibleKinds\n    elderships {\n      id\n      name\n    }\n    measures {\n      id\n      code\n      title(language: $language)\n    }\n    criteria {\n      id\n      position\n      title\n      description\n      maxScore\n      weight\n    }\n    annexes {\n      id\n      position\n      title\n      description\n      required\n    }\n    questions {\n      id\n      position\n      text\n      description\n      kind\n      options\n      required\n    }\n    amendments {\n      id\n      number\n      reason\n      createdAt\n      changes {\n        field\n        from\n        to\n      }\n    }\n    version\n    viewerCanEdit\n    viewerCanPublish\n    viewerPublishProblems\n    viewerCanDelete\n  }\n": types.CallPageFieldsFragmentDoc,
    "\n  query Call($number: Int!, $language: Locale!) {\n    call(number: $number) {\n      id\n      ...CallPageFields\n    }\n  }\n": types.CallDocument,
    "\n  fragment InitiativeLiveFields on Initiative {\n    id\n    status\n    version\n    submittedAt\n    endorsementCount\n    viewerCanEdit\n    viewerCanEndorse\n    viewerTransitions\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      reason\n      createdAt\n      changedBy {\n        id\n        displayName\n      }\n    }\n    endorsements {\n      id\n      note\n      createdAt\n      organisation {\n        id\n        slug\n        name\n        sector\n      }\n    }\n    supportBySector {\n      allSectors\n      bySector {\n        sector\n        count\n      }\n    }\n  }\n": types.InitiativeLiveFieldsFragmentDoc,
    "\n  query Initiative($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      bodyHtml\n      status\n      createdAt\n      estimatedBudgetCents\n      requestedSupportCents\n      viewerFollows\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      coProposers {\n        status\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n        code\n        title\n      }\n      eldership {\n        id\n        name\n      }\n      viewerCanDelete\n      viewerSubmissionProblems\n      ...InitiativeLiveFields\n    }\n  }\n": types.InitiativeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      locale\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      id\n      locale\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment CallCard on Call {\n    id\n    number\n    title\n    phase\n    opensAt\n    closesAt\n    secondsUntilClose\n    budgetCents\n  }\n": types.CallCardFragmentDoc,
    "\n  query Calls($first: Int, $after: String) {\n    calls(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CallCard\n        }\n      }\n    }\n  }\n": types.CallsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    body\n    bodyHtml\n    createdAt\n    isEdited\n    isDeleted\n    isHidden\n    hiddenReason\n    viewerCanEdit\n    author {\n      id\n      displayName\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query CanPropose {\n    viewerCanPropose\n  }\n": types.CanProposeDocument,
    "\n  query InitiativeList(\n    $first: Int!\n    $after: String\n    $filter: InitiativeFilter\n    $orderBy: InitiativeOrder!\n    $forReview: Boolean! = false\n  ) {\n    initiatives(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          status\n          leadOrganisation {\n            id\n            name\n          }\n          ...InitiativeCard\n          ... on Initiative @include(if: $forReview) {\n            submittedAt\n            requestedSupportCents\n            endorsementCount\n            viewerTransitions\n          }\n        }\n      }\n    }\n  }\n": types.InitiativeListDocument,
    "\n  query InitiativeViewer {\n    me {\n      id\n      role\n      affiliations {\n        id\n        role\n        organisation {\n          id\n          slug\n          name\n          membership\n          sector\n        }\n      }\n    }\n  }\n": types.InitiativeViewerDocument,
    "\n  query InitiativeMeasures {\n    about {\n      strategy {\n        id\n        measures {\n          id\n          code\n          title\n        }\n      }\n    }\n  }\n": types.InitiativeMeasuresDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    path\n    actorName\n    subjectTitle\n    status\n    organisationName\n    excerpt\n    dueAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountChangedDocument,
    "\n  query Elderships {\n    elderships {\n      id\n      code\n      name\n    }\n  }\n": types.EldershipsDocument,
    "\n  fragment OrganisationProfile on Organisation {\n    id\n    slug\n    name\n    legalCode\n    sector\n    kind\n    scope\n    country\n    eldership {\n      id\n      code\n      name\n    }\n    membership\n    memberSince\n    memberUntil\n    email\n    phone\n    address\n    website\n    description\n    descriptionEn\n    foundedOn\n    registeredOn\n    createdAt\n    updatedAt\n    version\n    viewerCanEdit\n    representatives {\n      id\n      role\n      title\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrganisationProfileFragmentDoc,
    "\n  query Organisation($slug: String!, $language: Locale!) {\n    organisation(slug: $slug) {\n      id\n      ...OrganisationProfile\n      shownDescription: description(language: $language)\n    }\n  }\n": types.OrganisationDocument,
    "\n  fragment TrackerPartnership on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    nextFollowUpOn\n    lastActivityAt\n    owner {\n      id\n      displayName\n    }\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.TrackerPartnershipFragmentDoc,
    "\n  fragment CooperationPartnership on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    publicDescription\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n        country\n      }\n    }\n    relatedInitiatives {\n      id\n      title\n    }\n  }\n": types.CooperationPartnershipFragmentDoc,
    "\n  query Cooperation($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {\n    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CooperationPartnership\n        }\n      }\n    }\n  }\n": types.CooperationDocument,
    "\n  query Lag {\n    about {\n      lag {\n        id\n        slug\n        country\n      }\n    }\n  }\n": types.LagDocument,
    "\n  fragment PartnershipDetail on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    publicDescription\n    internalNotes\n    version\n    nextFollowUpOn\n    lastActivityAt\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n        country\n      }\n    }\n    contacts {\n      id\n      name\n      position\n      email\n      phone\n      organisation {\n        id\n        name\n      }\n    }\n    relatedInitiatives {\n      id\n      title\n    }\n  }\n": types.PartnershipDetailFragmentDoc,
    "\n  fragment ActivityItem on PartnershipActivity {\n    id\n    kind\n    occurredOn\n    summary\n    peoplePresent\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.ActivityItemFragmentDoc,
    "\n  query StaffPartnership($slug: String!) {\n    partnership(slug: $slug) {\n      id\n      ...PartnershipDetail\n      activities {\n        id\n        ...ActivityItem\n      }\n    }\n  }\n": types.StaffPartnershipDocument,
    "\n  query StaffMembers {\n    users(first: 100) {\n      id\n      displayName\n      role\n    }\n  }\n": types.StaffMembersDocument,
    "\n  query Footer {\n    about {\n      lag {\n        id\n        name\n        email\n        phone\n        address\n        website\n      }\n    }\n  }\n": types.FooterDocument,
    "\n  query MarkdownPreview($source: String!) {\n    markdownPreview(source: $source)\n  }\n": types.MarkdownPreviewDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query AccountEmail {\n    me {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n": types.AccountEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n": types.ChangeEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expiresAt\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query StaffUsers($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n": types.StaffUsersDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: PlatformRole!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      changed\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query CallMeasures($language: Locale!) {\n    about {\n      strategy {\n        id\n        measures {\n          id\n          code\n          title(language: $language)\n        }\n      }\n    }\n  }\n": types.CallMeasuresDocument,
    "\n  mutation CreateCall($input: CallInput!, $language: Locale!) {\n    createCall(input: $input) {\n      id\n      number\n      ...CallPageFields\n    }\n  }\n": types.CreateCallDocument,
    "\n  mutation UpdateCall($id: ID!, $version: Int!, $input: CallInput!, $reason: String, $language: Locale!) {\n    updateCall(id: $id, version: $version, input: $input, reason: $reason) {\n      id\n      number\n      ...CallPageFields\n    }\n  }\n": types.UpdateCallDocument,
    "\n  mutation DeleteCallDraft($id: ID!) {\n    deleteCallDraft(id: $id)\n  }\n": types.DeleteCallDraftDocument,
    "\n  mutation PublishCall($id: ID!, $version: Int!) {\n    publishCall(id: $id, version: $version) {\n      id\n      phase\n      publishedAt\n      secondsUntilClose\n      version\n      viewerCanEdit\n      viewerCanPublish\n      viewerCanDelete\n    }\n  }\n": types.PublishCallDocument,
    "\n  query EditCall($number: Int!) {\n    call(number: $number) {\n      id\n      number\n      title\n      body\n      phase\n      opensAt\n      closesAt\n      budgetCents\n      minSupportCents\n      maxSupportCents\n      maxIntensityPercent\n      eligibleKinds\n      elderships {\n        id\n      }\n      measures {\n        id\n      }\n      criteria {\n        id\n        title\n        description\n        maxScore\n        weight\n      }\n      annexes {\n        id\n        title\n        description\n        required\n      }\n      questions {\n        id\n        text\n        description\n        kind\n        options\n        required\n      }\n      version\n      viewerCanEdit\n    }\n  }\n": types.EditCallDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation FlagComment($id: ID!, $reason: String!) {\n    flagComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": types.FlagCommentDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  query InitiativeComments($slug: String!, $after: String) {\n    initiative(slug: $slug) {\n      id\n      comments(first: 5, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InitiativeCommentsDocument,
    "\n  subscription CommentAdded($initiativeId: ID!) {\n    commentAdded(initiativeId: $initiativeId) {\n      ...CommentFields\n    }\n  }\n": types.CommentAddedDocument,
    "\n  query ModerationQueue {\n    moderationQueue(first: 20) {\n      ...CommentFields\n      initiative {\n        id\n        slug\n        title\n      }\n      openFlags {\n        reason\n        createdAt\n        flaggedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation HideFlaggedComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": types.HideFlaggedCommentDocument,
    "\n  mutation DismissCommentFlags($id: ID!) {\n    dismissCommentFlags(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.DismissCommentFlagsDocument,
    "\n  query About($language: Locale!) {\n    about {\n      boardSize\n      lag {\n        id\n        slug\n        name\n        description(language: $language)\n      }\n      strategy {\n        id\n        title(language: $language)\n        periodStart\n        periodEnd\n        vision(language: $language)\n        mission(language: $language)\n        priorities {\n          id\n          position\n          title(language: $language)\n          description(language: $language)\n        }\n      }\n      milestones {\n        id\n        occurredOn\n        title(language: $language)\n        description(language: $language)\n      }\n    }\n    directoryStats {\n      memberCount\n      membersBySector {\n        sector\n        count\n      }\n    }\n  }\n": types.AboutDocument,
    "\n  query Home($open: [InitiativeStatus!]) {\n    about {\n      lag {\n        id\n        name\n      }\n    }\n    viewerCanPropose\n    initiatives(first: 5, orderBy: NEWEST, filter: { status: $open }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          submittedAt\n          createdAt\n          endorsementCount\n          commentCount\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    recentComments(first: 4) {\n      id\n      bodyHtml\n      createdAt\n      author {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      initiative {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  mutation RespondToCoProposal($initiativeId: ID!, $organisationId: ID!, $accept: Boolean!) {\n    respondToCoProposal(initiativeId: $initiativeId, organisationId: $organisationId, accept: $accept) {\n      status\n      respondedAt\n      organisation {\n        id\n      }\n    }\n  }\n": types.RespondToCoProposalDocument,
    "\n  mutation DeleteInitiativeDraft($id: ID!) {\n    deleteInitiativeDraft(id: $id)\n  }\n": types.DeleteInitiativeDraftDocument,
    "\n  mutation EndorseInitiative($input: EndorseInput!) {\n    endorseInitiative(input: $input) {\n      id\n      initiative {\n        id\n        ...InitiativeLiveFields\n      }\n    }\n  }\n": types.EndorseInitiativeDocument,
    "\n  mutation WithdrawEndorsement($initiativeId: ID!, $organisationId: ID!) {\n    withdrawEndorsement(initiativeId: $initiativeId, organisationId: $organisationId) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": types.WithdrawEndorsementDocument,
    "\n  fragment InitiativeCard on Initiative {\n    id\n    slug\n    title\n    summary\n    status\n    createdAt\n    submittedAt\n    requestedSupportCents\n    endorsementCount\n    commentCount\n    leadOrganisation {\n      id\n      name\n    }\n    themes {\n      id\n      code\n    }\n    supportBySector {\n      allSectors\n    }\n  }\n": types.InitiativeCardFragmentDoc,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      slug\n      status\n      version\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      id\n      slug\n      version\n      title\n      summary\n      body\n      bodyHtml\n      estimatedBudgetCents\n      requestedSupportCents\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n        code\n        title\n      }\n      eldership {\n        id\n        name\n      }\n      viewerSubmissionProblems\n    }\n  }\n": types.UpdateInitiativeDocument,
    "\n  query InitiativeFieldsToSubmit {\n    initiativeFieldsToSubmit\n  }\n": types.InitiativeFieldsToSubmitDocument,
    "\n  query ProposeAsSearch($search: String!) {\n    organisations(first: 20, filter: { search: $search, membership: [MEMBER] }, orderBy: RELEVANCE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProposeAsSearchDocument,
    "\n  query CoProposerSearch($search: String!) {\n    organisations(first: 8, filter: { search: $search }, orderBy: RELEVANCE) {\n      edges {\n        node {\n          id\n          name\n          membership\n        }\n      }\n    }\n  }\n": types.CoProposerSearchDocument,
    "\n  mutation InviteCoProposer($initiativeId: ID!, $organisationId: ID!) {\n    inviteCoProposer(initiativeId: $initiativeId, organisationId: $organisationId) {\n      status\n      invitedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.InviteCoProposerDocument,
    "\n  query SimilarInitiatives($title: String!) {\n    similarInitiatives(title: $title, first: 5) {\n      id\n      slug\n      title\n    }\n  }\n": types.SimilarInitiativesDocument,
    "\n  mutation SubmitInitiative($id: ID!, $version: Int!) {\n    submitInitiative(id: $id, version: $version) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": types.SubmitInitiativeDocument,
    "\n  mutation TransitionInitiative($input: TransitionInitiativeInput!) {\n    transitionInitiative(input: $input) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": types.TransitionInitiativeDocument,
    "\n  mutation WithdrawInitiative($id: ID!, $reason: String!) {\n    withdrawInitiative(id: $id, reason: $reason) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": types.WithdrawInitiativeDocument,
    "\n  query EditInitiative($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      status\n      version\n      title\n      summary\n      body\n      estimatedBudgetCents\n      requestedSupportCents\n      leadOrganisation {\n        id\n        name\n      }\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n      }\n      eldership {\n        id\n      }\n    }\n  }\n": types.EditInitiativeDocument,
    "\n  subscription InitiativeChanged($initiativeId: ID!) {\n    initiativeChanged(initiativeId: $initiativeId) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": types.InitiativeChangedDocument,
    "\n  query InitiativeLive($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n": types.InitiativeLiveDocument,
    "\n  query CoProposalDrafts {\n    initiatives(first: 40, filter: { status: [DRAFT] }, orderBy: RECENTLY_ACTIVE) {\n      edges {\n        node {\n          id\n          slug\n          title\n          leadOrganisation {\n            id\n            name\n          }\n          coProposers {\n            status\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CoProposalDraftsDocument,
    "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      viewerFollows\n    }\n  }\n": types.FollowInitiativeDocument,
    "\n  mutation UnfollowInitiative($initiativeId: ID!) {\n    unfollowInitiative(initiativeId: $initiativeId) {\n      id\n      viewerFollows\n    }\n  }\n": types.UnfollowInitiativeDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query Unsubscription($token: String!) {\n    unsubscription(token: $token) {\n      kind\n      delivery\n      done\n    }\n  }\n": types.UnsubscriptionDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      delivery\n      done\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation InviteRepresentative($input: InviteRepresentativeInput!) {\n    inviteRepresentative(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.InviteRepresentativeDocument,
    "\n  mutation ChangeMembership($input: ChangeMembershipInput!) {\n    changeMembership(input: $input) {\n      id\n      membership\n      memberSince\n      memberUntil\n      version\n      updatedAt\n    }\n  }\n": types.ChangeMembershipDocument,
    "\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    kind\n    sector\n    membership\n    eldership {\n      id\n      name\n    }\n    representatives {\n      id\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrganisationCardFragmentDoc,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!, $language: Locale!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationProfile\n      shownDescription: description(language: $language)\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query OrganisationStaff($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n      auditTrail(first: 20) {\n        id\n        action\n        entityType\n        entityId\n        changes\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.OrganisationStaffDocument,
    "\n  fragment OrganisationRow on Organisation {\n    id\n    slug\n    name\n    legalCode\n    sector\n    kind\n    membership\n    memberSince\n    eldership {\n      id\n      name\n    }\n  }\n": types.OrganisationRowFragmentDoc,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n      organisation {\n        id\n      }\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation RemoveAffiliation($id: ID!) {\n    removeAffiliation(id: $id)\n  }\n": types.RemoveAffiliationDocument,
    "\n  query Directory($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationCard\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query MemberRegister($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n": types.MemberRegisterDocument,
    "\n  mutation UpdatePartnershipActivity($input: UpdateActivityInput!) {\n    updatePartnershipActivity(input: $input) {\n      id\n      ...ActivityItem\n      partnership {\n        id\n      }\n    }\n  }\n": types.UpdatePartnershipActivityDocument,
    "\n  mutation DeletePartnershipActivity($id: ID!) {\n    deletePartnershipActivity(id: $id)\n  }\n": types.DeletePartnershipActivityDocument,
    "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": types.CreatePartnershipDocument,
    "\n  mutation LogPartnershipActivity($input: LogActivityInput!) {\n    logPartnershipActivity(input: $input) {\n      id\n      ...ActivityItem\n      partnership {\n        id\n        version\n        nextFollowUpOn\n        lastActivityAt\n        updatedAt\n        activities {\n          id\n          ...ActivityItem\n        }\n      }\n    }\n  }\n": types.LogPartnershipActivityDocument,
    "\n  query PartnerTimeline($organisationId: ID!) {\n    partnerTimeline(organisationId: $organisationId) {\n      on\n      partnership {\n        id\n        slug\n        title\n      }\n      activity {\n        id\n        kind\n        summary\n      }\n    }\n  }\n": types.PartnerTimelineDocument,
    "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      id\n      title\n      kind\n      scope\n      status\n      startDate\n      endDate\n      publicDescription\n      internalNotes\n      version\n      nextFollowUpOn\n      updatedAt\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdatePartnershipDocument,
    "\n  query PartnershipFigures {\n    partnershipFigures {\n      byStatus {\n        status\n        count\n      }\n      byScope {\n        scope\n        count\n      }\n      overdue {\n        id\n        slug\n        title\n        status\n        nextFollowUpOn\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.PartnershipFiguresDocument,
    "\n  query PartyOrganisationSearch($search: String!) {\n    organisations(first: 8, filter: { search: $search }, orderBy: RELEVANCE) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          country\n        }\n      }\n    }\n  }\n": types.PartyOrganisationSearchDocument,
    "\n  mutation ChangePartnershipStatus($input: ChangePartnershipStatusInput!) {\n    changePartnershipStatus(input: $input) {\n      id\n      status\n      endDate\n      nextFollowUpOn\n      version\n      updatedAt\n    }\n  }\n": types.ChangePartnershipStatusDocument,
    "\n  query PartnershipTracker($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {\n    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...TrackerPartnership\n        }\n      }\n    }\n  }\n": types.PartnershipTrackerDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 30) {\n      kind\n      snippet\n      initiative {\n        id\n        slug\n        title\n      }\n      comment {\n        id\n      }\n    }\n  }\n": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      affiliations {\n        id\n        role\n        title\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      affiliations {\n        id\n        role\n        title\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallPageFields on Call {\n    id\n    number\n    title\n    bodyHtml\n    phase\n    opensAt\n    closesAt\n    secondsUntilClose\n    publishedAt\n    budgetCents\n    minSupportCents\n    maxSupportCents\n    maxIntensityPercent\n    requestedSupportCents\n    applicationCount\n    eligibleKinds\n    elderships {\n      id\n      name\n    }\n    measures {\n      id\n      code\n      title(language: $language)\n    }\n    criteria {\n      id\n      position\n      title\n      description\n      maxScore\n      weight\n    }\n    annexes {\n      id\n      position\n      title\n      description\n      required\n    }\n    questions {\n      id\n      position\n      text\n      description\n      kind\n      options\n      required\n    }\n    amendments {\n      id\n      number\n      reason\n      createdAt\n      changes {\n        field\n        from\n        to\n      }\n    }\n    version\n    viewerCanEdit\n    viewerCanPublish\n    viewerPublishProblems\n    viewerCanDelete\n  }\n"): (typeof documents)["\n  fragment CallPageFields on Call {\n    id\n    number\n    title\n    bodyHtml\n    phase\n    opensAt\n    closesAt\n    secondsUntilClose\n    publishedAt\n    budgetCents\n    minSupportCents\n    maxSupportCents\n    maxIntensityPercent\n    requestedSupportCents\n    applicationCount\n    eligibleKinds\n    elderships {\n      id\n      name\n    }\n    measures {\n      id\n      code\n      title(language: $language)\n    }\n    criteria {\n      id\n      position\n      title\n      description\n      maxScore\n      weight\n    }\n    annexes {\n      id\n      position\n      title\n      description\n      required\n    }\n    questions {\n      id\n      position\n      text\n      description\n      kind\n      options\n      required\n    }\n    amendments {\n      id\n      number\n      reason\n      createdAt\n      changes {\n        field\n        from\n        to\n      }\n    }\n    version\n    viewerCanEdit\n    viewerCanPublish\n    viewerPublishProblems\n    viewerCanDelete\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Call($number: Int!, $language: Locale!) {\n    call(number: $number) {\n      id\n      ...CallPageFields\n    }\n  }\n"): (typeof documents)["\n  query Call($number: Int!, $language: Locale!) {\n    call(number: $number) {\n      id\n      ...CallPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeLiveFields on Initiative {\n    id\n    status\n    version\n    submittedAt\n    endorsementCount\n    viewerCanEdit\n    viewerCanEndorse\n    viewerTransitions\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      reason\n      createdAt\n      changedBy {\n        id\n        displayName\n      }\n    }\n    endorsements {\n      id\n      note\n      createdAt\n      organisation {\n        id\n        slug\n        name\n        sector\n      }\n    }\n    supportBySector {\n      allSectors\n      bySector {\n        sector\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeLiveFields on Initiative {\n    id\n    status\n    version\n    submittedAt\n    endorsementCount\n    viewerCanEdit\n    viewerCanEndorse\n    viewerTransitions\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      reason\n      createdAt\n      changedBy {\n        id\n        displayName\n      }\n    }\n    endorsements {\n      id\n      note\n      createdAt\n      organisation {\n        id\n        slug\n        name\n        sector\n      }\n    }\n    supportBySector {\n      allSectors\n      bySector {\n        sector\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiative($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      bodyHtml\n      status\n      createdAt\n      estimatedBudgetCents\n      requestedSupportCents\n      viewerFollows\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      coProposers {\n        status\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n        code\n        title\n      }\n      eldership {\n        id\n        name\n      }\n      viewerCanDelete\n      viewerSubmissionProblems\n      ...InitiativeLiveFields\n    }\n  }\n"): (typeof documents)["\n  query Initiative($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      bodyHtml\n      status\n      createdAt\n      estimatedBudgetCents\n      requestedSupportCents\n      viewerFollows\n      leadOrganisation {\n        id\n        slug\n        name\n      }\n      coProposers {\n        status\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n        code\n        title\n      }\n      eldership {\n        id\n        name\n      }\n      viewerCanDelete\n      viewerSubmissionProblems\n      ...InitiativeLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallCard on Call {\n    id\n    number\n    title\n    phase\n    opensAt\n    closesAt\n    secondsUntilClose\n    budgetCents\n  }\n"): (typeof documents)["\n  fragment CallCard on Call {\n    id\n    number\n    title\n    phase\n    opensAt\n    closesAt\n    secondsUntilClose\n    budgetCents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calls($first: Int, $after: String) {\n    calls(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CallCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Calls($first: Int, $after: String) {\n    calls(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CallCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    body\n    bodyHtml\n    createdAt\n    isEdited\n    isDeleted\n    isHidden\n    hiddenReason\n    viewerCanEdit\n    author {\n      id\n      displayName\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    parentId\n    body\n    bodyHtml\n    createdAt\n    isEdited\n    isDeleted\n    isHidden\n    hiddenReason\n    viewerCanEdit\n    author {\n      id\n      displayName\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanPropose {\n    viewerCanPropose\n  }\n"): (typeof documents)["\n  query CanPropose {\n    viewerCanPropose\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeList(\n    $first: Int!\n    $after: String\n    $filter: InitiativeFilter\n    $orderBy: InitiativeOrder!\n    $forReview: Boolean! = false\n  ) {\n    initiatives(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          status\n          leadOrganisation {\n            id\n            name\n          }\n          ...InitiativeCard\n          ... on Initiative @include(if: $forReview) {\n            submittedAt\n            requestedSupportCents\n            endorsementCount\n            viewerTransitions\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeList(\n    $first: Int!\n    $after: String\n    $filter: InitiativeFilter\n    $orderBy: InitiativeOrder!\n    $forReview: Boolean! = false\n  ) {\n    initiatives(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          status\n          leadOrganisation {\n            id\n            name\n          }\n          ...InitiativeCard\n          ... on Initiative @include(if: $forReview) {\n            submittedAt\n            requestedSupportCents\n            endorsementCount\n            viewerTransitions\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeViewer {\n    me {\n      id\n      role\n      affiliations {\n        id\n        role\n        organisation {\n          id\n          slug\n          name\n          membership\n          sector\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeViewer {\n    me {\n      id\n      role\n      affiliations {\n        id\n        role\n        organisation {\n          id\n          slug\n          name\n          membership\n          sector\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeMeasures {\n    about {\n      strategy {\n        id\n        measures {\n          id\n          code\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeMeasures {\n    about {\n      strategy {\n        id\n        measures {\n          id\n          code\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    path\n    actorName\n    subjectTitle\n    status\n    organisationName\n    excerpt\n    dueAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    path\n    actorName\n    subjectTitle\n    status\n    organisationName\n    excerpt\n    dueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Elderships {\n    elderships {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Elderships {\n    elderships {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationProfile on Organisation {\n    id\n    slug\n    name\n    legalCode\n    sector\n    kind\n    scope\n    country\n    eldership {\n      id\n      code\n      name\n    }\n    membership\n    memberSince\n    memberUntil\n    email\n    phone\n    address\n    website\n    description\n    descriptionEn\n    foundedOn\n    registeredOn\n    createdAt\n    updatedAt\n    version\n    viewerCanEdit\n    representatives {\n      id\n      role\n      title\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationProfile on Organisation {\n    id\n    slug\n    name\n    legalCode\n    sector\n    kind\n    scope\n    country\n    eldership {\n      id\n      code\n      name\n    }\n    membership\n    memberSince\n    memberUntil\n    email\n    phone\n    address\n    website\n    description\n    descriptionEn\n    foundedOn\n    registeredOn\n    createdAt\n    updatedAt\n    version\n    viewerCanEdit\n    representatives {\n      id\n      role\n      title\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($slug: String!, $language: Locale!) {\n    organisation(slug: $slug) {\n      id\n      ...OrganisationProfile\n      shownDescription: description(language: $language)\n    }\n  }\n"): (typeof documents)["\n  query Organisation($slug: String!, $language: Locale!) {\n    organisation(slug: $slug) {\n      id\n      ...OrganisationProfile\n      shownDescription: description(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackerPartnership on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    nextFollowUpOn\n    lastActivityAt\n    owner {\n      id\n      displayName\n    }\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TrackerPartnership on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    nextFollowUpOn\n    lastActivityAt\n    owner {\n      id\n      displayName\n    }\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CooperationPartnership on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    publicDescription\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n        country\n      }\n    }\n    relatedInitiatives {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment CooperationPartnership on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    publicDescription\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n        country\n      }\n    }\n    relatedInitiatives {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cooperation($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {\n    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CooperationPartnership\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cooperation($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {\n    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CooperationPartnership\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lag {\n    about {\n      lag {\n        id\n        slug\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Lag {\n    about {\n      lag {\n        id\n        slug\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipDetail on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    publicDescription\n    internalNotes\n    version\n    nextFollowUpOn\n    lastActivityAt\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n        country\n      }\n    }\n    contacts {\n      id\n      name\n      position\n      email\n      phone\n      organisation {\n        id\n        name\n      }\n    }\n    relatedInitiatives {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment PartnershipDetail on Partnership {\n    id\n    slug\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    publicDescription\n    internalNotes\n    version\n    nextFollowUpOn\n    lastActivityAt\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    parties {\n      role\n      organisation {\n        id\n        slug\n        name\n        country\n      }\n    }\n    contacts {\n      id\n      name\n      position\n      email\n      phone\n      organisation {\n        id\n        name\n      }\n    }\n    relatedInitiatives {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityItem on PartnershipActivity {\n    id\n    kind\n    occurredOn\n    summary\n    peoplePresent\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityItem on PartnershipActivity {\n    id\n    kind\n    occurredOn\n    summary\n    peoplePresent\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPartnership($slug: String!) {\n    partnership(slug: $slug) {\n      id\n      ...PartnershipDetail\n      activities {\n        id\n        ...ActivityItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffPartnership($slug: String!) {\n    partnership(slug: $slug) {\n      id\n      ...PartnershipDetail\n      activities {\n        id\n        ...ActivityItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers {\n    users(first: 100) {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query StaffMembers {\n    users(first: 100) {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Footer {\n    about {\n      lag {\n        id\n        name\n        email\n        phone\n        address\n        website\n      }\n    }\n  }\n"): (typeof documents)["\n  query Footer {\n    about {\n      lag {\n        id\n        name\n        email\n        phone\n        address\n        website\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownPreview($source: String!) {\n    markdownPreview(source: $source)\n  }\n"): (typeof documents)["\n  query MarkdownPreview($source: String!) {\n    markdownPreview(source: $source)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEmail {\n    me {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  query AccountEmail {\n    me {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expiresAt\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expiresAt\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($userId: ID!, $role: PlatformRole!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($userId: ID!, $role: PlatformRole!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallMeasures($language: Locale!) {\n    about {\n      strategy {\n        id\n        measures {\n          id\n          code\n          title(language: $language)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallMeasures($language: Locale!) {\n    about {\n      strategy {\n        id\n        measures {\n          id\n          code\n          title(language: $language)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCall($input: CallInput!, $language: Locale!) {\n    createCall(input: $input) {\n      id\n      number\n      ...CallPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCall($input: CallInput!, $language: Locale!) {\n    createCall(input: $input) {\n      id\n      number\n      ...CallPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCall($id: ID!, $version: Int!, $input: CallInput!, $reason: String, $language: Locale!) {\n    updateCall(id: $id, version: $version, input: $input, reason: $reason) {\n      id\n      number\n      ...CallPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCall($id: ID!, $version: Int!, $input: CallInput!, $reason: String, $language: Locale!) {\n    updateCall(id: $id, version: $version, input: $input, reason: $reason) {\n      id\n      number\n      ...CallPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCallDraft($id: ID!) {\n    deleteCallDraft(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCallDraft($id: ID!) {\n    deleteCallDraft(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCall($id: ID!, $version: Int!) {\n    publishCall(id: $id, version: $version) {\n      id\n      phase\n      publishedAt\n      secondsUntilClose\n      version\n      viewerCanEdit\n      viewerCanPublish\n      viewerCanDelete\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCall($id: ID!, $version: Int!) {\n    publishCall(id: $id, version: $version) {\n      id\n      phase\n      publishedAt\n      secondsUntilClose\n      version\n      viewerCanEdit\n      viewerCanPublish\n      viewerCanDelete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditCall($number: Int!) {\n    call(number: $number) {\n      id\n      number\n      title\n      body\n      phase\n      opensAt\n      closesAt\n      budgetCents\n      minSupportCents\n      maxSupportCents\n      maxIntensityPercent\n      eligibleKinds\n      elderships {\n        id\n      }\n      measures {\n        id\n      }\n      criteria {\n        id\n        title\n        description\n        maxScore\n        weight\n      }\n      annexes {\n        id\n        title\n        description\n        required\n      }\n      questions {\n        id\n        text\n        description\n        kind\n        options\n        required\n      }\n      version\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  query EditCall($number: Int!) {\n    call(number: $number) {\n      id\n      number\n      title\n      body\n      phase\n      opensAt\n      closesAt\n      budgetCents\n      minSupportCents\n      maxSupportCents\n      maxIntensityPercent\n      eligibleKinds\n      elderships {\n        id\n      }\n      measures {\n        id\n      }\n      criteria {\n        id\n        title\n        description\n        maxScore\n        weight\n      }\n      annexes {\n        id\n        title\n        description\n        required\n      }\n      questions {\n        id\n        text\n        description\n        kind\n        options\n        required\n      }\n      version\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagComment($id: ID!, $reason: String!) {\n    flagComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation FlagComment($id: ID!, $reason: String!) {\n    flagComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeComments($slug: String!, $after: String) {\n    initiative(slug: $slug) {\n      id\n      comments(first: 5, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeComments($slug: String!, $after: String) {\n    initiative(slug: $slug) {\n      id\n      comments(first: 5, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentAdded($initiativeId: ID!) {\n    commentAdded(initiativeId: $initiativeId) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  subscription CommentAdded($initiativeId: ID!) {\n    commentAdded(initiativeId: $initiativeId) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue {\n    moderationQueue(first: 20) {\n      ...CommentFields\n      initiative {\n        id\n        slug\n        title\n      }\n      openFlags {\n        reason\n        createdAt\n        flaggedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue {\n    moderationQueue(first: 20) {\n      ...CommentFields\n      initiative {\n        id\n        slug\n        title\n      }\n      openFlags {\n        reason\n        createdAt\n        flaggedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideFlaggedComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideFlaggedComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissCommentFlags($id: ID!) {\n    dismissCommentFlags(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissCommentFlags($id: ID!) {\n    dismissCommentFlags(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query About($language: Locale!) {\n    about {\n      boardSize\n      lag {\n        id\n        slug\n        name\n        description(language: $language)\n      }\n      strategy {\n        id\n        title(language: $language)\n        periodStart\n        periodEnd\n        vision(language: $language)\n        mission(language: $language)\n        priorities {\n          id\n          position\n          title(language: $language)\n          description(language: $language)\n        }\n      }\n      milestones {\n        id\n        occurredOn\n        title(language: $language)\n        description(language: $language)\n      }\n    }\n    directoryStats {\n      memberCount\n      membersBySector {\n        sector\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query About($language: Locale!) {\n    about {\n      boardSize\n      lag {\n        id\n        slug\n        name\n        description(language: $language)\n      }\n      strategy {\n        id\n        title(language: $language)\n        periodStart\n        periodEnd\n        vision(language: $language)\n        mission(language: $language)\n        priorities {\n          id\n          position\n          title(language: $language)\n          description(language: $language)\n        }\n      }\n      milestones {\n        id\n        occurredOn\n        title(language: $language)\n        description(language: $language)\n      }\n    }\n    directoryStats {\n      memberCount\n      membersBySector {\n        sector\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($open: [InitiativeStatus!]) {\n    about {\n      lag {\n        id\n        name\n      }\n    }\n    viewerCanPropose\n    initiatives(first: 5, orderBy: NEWEST, filter: { status: $open }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          submittedAt\n          createdAt\n          endorsementCount\n          commentCount\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    recentComments(first: 4) {\n      id\n      bodyHtml\n      createdAt\n      author {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      initiative {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home($open: [InitiativeStatus!]) {\n    about {\n      lag {\n        id\n        name\n      }\n    }\n    viewerCanPropose\n    initiatives(first: 5, orderBy: NEWEST, filter: { status: $open }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          submittedAt\n          createdAt\n          endorsementCount\n          commentCount\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    recentComments(first: 4) {\n      id\n      bodyHtml\n      createdAt\n      author {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      initiative {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCoProposal($initiativeId: ID!, $organisationId: ID!, $accept: Boolean!) {\n    respondToCoProposal(initiativeId: $initiativeId, organisationId: $organisationId, accept: $accept) {\n      status\n      respondedAt\n      organisation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToCoProposal($initiativeId: ID!, $organisationId: ID!, $accept: Boolean!) {\n    respondToCoProposal(initiativeId: $initiativeId, organisationId: $organisationId, accept: $accept) {\n      status\n      respondedAt\n      organisation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInitiativeDraft($id: ID!) {\n    deleteInitiativeDraft(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteInitiativeDraft($id: ID!) {\n    deleteInitiativeDraft(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorseInitiative($input: EndorseInput!) {\n    endorseInitiative(input: $input) {\n      id\n      initiative {\n        id\n        ...InitiativeLiveFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndorseInitiative($input: EndorseInput!) {\n    endorseInitiative(input: $input) {\n      id\n      initiative {\n        id\n        ...InitiativeLiveFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEndorsement($initiativeId: ID!, $organisationId: ID!) {\n    withdrawEndorsement(initiativeId: $initiativeId, organisationId: $organisationId) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawEndorsement($initiativeId: ID!, $organisationId: ID!) {\n    withdrawEndorsement(initiativeId: $initiativeId, organisationId: $organisationId) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeCard on Initiative {\n    id\n    slug\n    title\n    summary\n    status\n    createdAt\n    submittedAt\n    requestedSupportCents\n    endorsementCount\n    commentCount\n    leadOrganisation {\n      id\n      name\n    }\n    themes {\n      id\n      code\n    }\n    supportBySector {\n      allSectors\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeCard on Initiative {\n    id\n    slug\n    title\n    summary\n    status\n    createdAt\n    submittedAt\n    requestedSupportCents\n    endorsementCount\n    commentCount\n    leadOrganisation {\n      id\n      name\n    }\n    themes {\n      id\n      code\n    }\n    supportBySector {\n      allSectors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      slug\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      slug\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      id\n      slug\n      version\n      title\n      summary\n      body\n      bodyHtml\n      estimatedBudgetCents\n      requestedSupportCents\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n        code\n        title\n      }\n      eldership {\n        id\n        name\n      }\n      viewerSubmissionProblems\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      id\n      slug\n      version\n      title\n      summary\n      body\n      bodyHtml\n      estimatedBudgetCents\n      requestedSupportCents\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n        code\n        title\n      }\n      eldership {\n        id\n        name\n      }\n      viewerSubmissionProblems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeFieldsToSubmit {\n    initiativeFieldsToSubmit\n  }\n"): (typeof documents)["\n  query InitiativeFieldsToSubmit {\n    initiativeFieldsToSubmit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeAsSearch($search: String!) {\n    organisations(first: 20, filter: { search: $search, membership: [MEMBER] }, orderBy: RELEVANCE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposeAsSearch($search: String!) {\n    organisations(first: 20, filter: { search: $search, membership: [MEMBER] }, orderBy: RELEVANCE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoProposerSearch($search: String!) {\n    organisations(first: 8, filter: { search: $search }, orderBy: RELEVANCE) {\n      edges {\n        node {\n          id\n          name\n          membership\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoProposerSearch($search: String!) {\n    organisations(first: 8, filter: { search: $search }, orderBy: RELEVANCE) {\n      edges {\n        node {\n          id\n          name\n          membership\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoProposer($initiativeId: ID!, $organisationId: ID!) {\n    inviteCoProposer(initiativeId: $initiativeId, organisationId: $organisationId) {\n      status\n      invitedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoProposer($initiativeId: ID!, $organisationId: ID!) {\n    inviteCoProposer(initiativeId: $initiativeId, organisationId: $organisationId) {\n      status\n      invitedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarInitiatives($title: String!) {\n    similarInitiatives(title: $title, first: 5) {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query SimilarInitiatives($title: String!) {\n    similarInitiatives(title: $title, first: 5) {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInitiative($id: ID!, $version: Int!) {\n    submitInitiative(id: $id, version: $version) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitInitiative($id: ID!, $version: Int!) {\n    submitInitiative(id: $id, version: $version) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionInitiative($input: TransitionInitiativeInput!) {\n    transitionInitiative(input: $input) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionInitiative($input: TransitionInitiativeInput!) {\n    transitionInitiative(input: $input) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInitiative($id: ID!, $reason: String!) {\n    withdrawInitiative(id: $id, reason: $reason) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawInitiative($id: ID!, $reason: String!) {\n    withdrawInitiative(id: $id, reason: $reason) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditInitiative($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      status\n      version\n      title\n      summary\n      body\n      estimatedBudgetCents\n      requestedSupportCents\n      leadOrganisation {\n        id\n        name\n      }\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n      }\n      eldership {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditInitiative($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      slug\n      status\n      version\n      title\n      summary\n      body\n      estimatedBudgetCents\n      requestedSupportCents\n      leadOrganisation {\n        id\n        name\n      }\n      themes {\n        id\n        code\n      }\n      measure {\n        id\n      }\n      eldership {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InitiativeChanged($initiativeId: ID!) {\n    initiativeChanged(initiativeId: $initiativeId) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"): (typeof documents)["\n  subscription InitiativeChanged($initiativeId: ID!) {\n    initiativeChanged(initiativeId: $initiativeId) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeLive($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"): (typeof documents)["\n  query InitiativeLive($slug: String!) {\n    initiative(slug: $slug) {\n      id\n      ...InitiativeLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoProposalDrafts {\n    initiatives(first: 40, filter: { status: [DRAFT] }, orderBy: RECENTLY_ACTIVE) {\n      edges {\n        node {\n          id\n          slug\n          title\n          leadOrganisation {\n            id\n            name\n          }\n          coProposers {\n            status\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoProposalDrafts {\n    initiatives(first: 40, filter: { status: [DRAFT] }, orderBy: RECENTLY_ACTIVE) {\n      edges {\n        node {\n          id\n          slug\n          title\n          leadOrganisation {\n            id\n            name\n          }\n          coProposers {\n            status\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowInitiative($initiativeId: ID!) {\n    unfollowInitiative(initiativeId: $initiativeId) {\n      id\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowInitiative($initiativeId: ID!) {\n    unfollowInitiative(initiativeId: $initiativeId) {\n      id\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unsubscription($token: String!) {\n    unsubscription(token: $token) {\n      kind\n      delivery\n      done\n    }\n  }\n"): (typeof documents)["\n  query Unsubscription($token: String!) {\n    unsubscription(token: $token) {\n      kind\n      delivery\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      delivery\n      done\n    }\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      delivery\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteRepresentative($input: InviteRepresentativeInput!) {\n    inviteRepresentative(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteRepresentative($input: InviteRepresentativeInput!) {\n    inviteRepresentative(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMembership($input: ChangeMembershipInput!) {\n    changeMembership(input: $input) {\n      id\n      membership\n      memberSince\n      memberUntil\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMembership($input: ChangeMembershipInput!) {\n    changeMembership(input: $input) {\n      id\n      membership\n      memberSince\n      memberUntil\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    kind\n    sector\n    membership\n    eldership {\n      id\n      name\n    }\n    representatives {\n      id\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    kind\n    sector\n    membership\n    eldership {\n      id\n      name\n    }\n    representatives {\n      id\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!, $language: Locale!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationProfile\n      shownDescription: description(language: $language)\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!, $language: Locale!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationProfile\n      shownDescription: description(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationStaff($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n      auditTrail(first: 20) {\n        id\n        action\n        entityType\n        entityId\n        changes\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationStaff($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n      auditTrail(first: 20) {\n        id\n        action\n        entityType\n        entityId\n        changes\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRow on Organisation {\n    id\n    slug\n    name\n    legalCode\n    sector\n    kind\n    membership\n    memberSince\n    eldership {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationRow on Organisation {\n    id\n    slug\n    name\n    legalCode\n    sector\n    kind\n    membership\n    memberSince\n    eldership {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n      organisation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n      organisation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAffiliation($id: ID!) {\n    removeAffiliation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAffiliation($id: ID!) {\n    removeAffiliation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRegister($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberRegister($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnershipActivity($input: UpdateActivityInput!) {\n    updatePartnershipActivity(input: $input) {\n      id\n      ...ActivityItem\n      partnership {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnershipActivity($input: UpdateActivityInput!) {\n    updatePartnershipActivity(input: $input) {\n      id\n      ...ActivityItem\n      partnership {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePartnershipActivity($id: ID!) {\n    deletePartnershipActivity(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePartnershipActivity($id: ID!) {\n    deletePartnershipActivity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogPartnershipActivity($input: LogActivityInput!) {\n    logPartnershipActivity(input: $input) {\n      id\n      ...ActivityItem\n      partnership {\n        id\n        version\n        nextFollowUpOn\n        lastActivityAt\n        updatedAt\n        activities {\n          id\n          ...ActivityItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogPartnershipActivity($input: LogActivityInput!) {\n    logPartnershipActivity(input: $input) {\n      id\n      ...ActivityItem\n      partnership {\n        id\n        version\n        nextFollowUpOn\n        lastActivityAt\n        updatedAt\n        activities {\n          id\n          ...ActivityItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerTimeline($organisationId: ID!) {\n    partnerTimeline(organisationId: $organisationId) {\n      on\n      partnership {\n        id\n        slug\n        title\n      }\n      activity {\n        id\n        kind\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerTimeline($organisationId: ID!) {\n    partnerTimeline(organisationId: $organisationId) {\n      on\n      partnership {\n        id\n        slug\n        title\n      }\n      activity {\n        id\n        kind\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      id\n      title\n      kind\n      scope\n      status\n      startDate\n      endDate\n      publicDescription\n      internalNotes\n      version\n      nextFollowUpOn\n      updatedAt\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      id\n      title\n      kind\n      scope\n      status\n      startDate\n      endDate\n      publicDescription\n      internalNotes\n      version\n      nextFollowUpOn\n      updatedAt\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipFigures {\n    partnershipFigures {\n      byStatus {\n        status\n        count\n      }\n      byScope {\n        scope\n        count\n      }\n      overdue {\n        id\n        slug\n        title\n        status\n        nextFollowUpOn\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnershipFigures {\n    partnershipFigures {\n      byStatus {\n        status\n        count\n      }\n      byScope {\n        scope\n        count\n      }\n      overdue {\n        id\n        slug\n        title\n        status\n        nextFollowUpOn\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyOrganisationSearch($search: String!) {\n    organisations(first: 8, filter: { search: $search }, orderBy: RELEVANCE) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyOrganisationSearch($search: String!) {\n    organisations(first: 8, filter: { search: $search }, orderBy: RELEVANCE) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePartnershipStatus($input: ChangePartnershipStatusInput!) {\n    changePartnershipStatus(input: $input) {\n      id\n      status\n      endDate\n      nextFollowUpOn\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePartnershipStatus($input: ChangePartnershipStatusInput!) {\n    changePartnershipStatus(input: $input) {\n      id\n      status\n      endDate\n      nextFollowUpOn\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipTracker($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {\n    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...TrackerPartnership\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnershipTracker($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {\n    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...TrackerPartnership\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!) {\n    search(text: $text, first: 30) {\n      kind\n      snippet\n      initiative {\n        id\n        slug\n        title\n      }\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!) {\n    search(text: $text, first: 30) {\n      kind\n      snippet\n      initiative {\n        id\n        slug\n        title\n      }\n      comment {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;