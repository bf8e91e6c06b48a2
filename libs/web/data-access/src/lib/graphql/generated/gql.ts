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
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      firstBrokenSeq\n      reason\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  mutation ImportDataset($kind: DatasetKind!, $confirm: Boolean) {\n    importDataset(kind: $kind, confirm: $confirm) {\n      kind\n      source\n      inserted\n      updated\n      unchanged\n      removed\n      applied\n      confirmationNeeded\n      examples {\n        inserted\n        updated\n        removed\n      }\n      rejected {\n        line\n        sheet\n        reason\n      }\n    }\n  }\n": typeof types.ImportDatasetDocument,
    "\n  fragment AgencyPersonFields on Person {\n    id\n    email\n    displayName\n    roles\n    disabled\n    lastSignInAt\n    hasPassword\n  }\n": typeof types.AgencyPersonFieldsFragmentDoc,
    "\n  query AgencyPeople($agencyId: ID) {\n    agencyPeople(agencyId: $agencyId) {\n      ...AgencyPersonFields\n    }\n  }\n": typeof types.AgencyPeopleDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        ...AgencyPersonFields\n      }\n      link\n      expiresAt\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation ChangePersonRoles($input: ChangePersonRolesInput!) {\n    changePersonRoles(input: $input) {\n      ...AgencyPersonFields\n    }\n  }\n": typeof types.ChangePersonRolesDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnablePerson($userId: ID!) {\n    enablePerson(userId: $userId) {\n      ...AgencyPersonFields\n    }\n  }\n": typeof types.EnablePersonDocument,
    "\n  mutation StartPasswordReset($userId: ID!) {\n    startPasswordReset(userId: $userId) {\n      person {\n        ...AgencyPersonFields\n      }\n      link\n      expiresAt\n    }\n  }\n": typeof types.StartPasswordResetDocument,
    "\n  query AgencyDirectory {\n    agencies {\n      id\n      name\n      acronym\n      kind\n      country\n    }\n  }\n": typeof types.AgencyDirectoryDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n        name\n        acronym\n        kind\n        country\n      }\n      firstAdmin {\n        person {\n          ...AgencyPersonFields\n        }\n        link\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    kind\n    title\n    article\n    parties {\n      kind\n      country\n      agencyId\n      agency {\n        id\n        acronym\n        name\n      }\n    }\n    dataCategories\n    purposes\n    inForceFrom\n    inForceTo\n    suspended\n    status\n    version\n    updatedAt\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  fragment RuleVersionFields on JurisdictionRuleVersion {\n    ruleId\n    version\n    effectiveFrom\n    effectiveTo\n    scopeJson\n    flows\n    whenJson\n    conditionJson\n    text\n    inEffect\n    retiredAt\n    createdAt\n  }\n": typeof types.RuleVersionFieldsFragmentDoc,
    "\n  fragment RuleFields on JurisdictionRule {\n    id\n    currentVersion\n    retired\n    current {\n      ...RuleVersionFields\n    }\n    versions {\n      ...RuleVersionFields\n    }\n  }\n": typeof types.RuleFieldsFragmentDoc,
    "\n  query Agreements {\n    agreements {\n      ...AgreementFields\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.UpdateAgreementDocument,
    "\n  query JurisdictionRules {\n    jurisdictionRules(includeHistory: true) {\n      ...RuleFields\n    }\n  }\n": typeof types.JurisdictionRulesDocument,
    "\n  mutation CreateJurisdictionRule($input: CreateJurisdictionRuleInput!) {\n    createJurisdictionRule(input: $input) {\n      ...RuleFields\n    }\n  }\n": typeof types.CreateJurisdictionRuleDocument,
    "\n  mutation ReviseJurisdictionRule($input: ReviseJurisdictionRuleInput!) {\n    reviseJurisdictionRule(input: $input) {\n      ...RuleFields\n    }\n  }\n": typeof types.ReviseJurisdictionRuleDocument,
    "\n  mutation RetireJurisdictionRule($id: String!, $expectedVersion: Int!) {\n    retireJurisdictionRule(id: $id, expectedVersion: $expectedVersion) {\n      ...RuleFields\n    }\n  }\n": typeof types.RetireJurisdictionRuleDocument,
    "\n  query LeadAuditTrail($leadId: ID!) {\n    leadAuditTrail(leadId: $leadId) {\n      seq\n      at\n      actorName\n      actorAgencyAcronym\n      action\n      subjectType\n      subjectId\n      reason\n      clientAddress\n      details\n      hash\n    }\n  }\n": typeof types.LeadAuditTrailDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      secondFactorRequired\n      secondFactorMethods\n      passkeyOptions\n      challengeToken\n      challengeExpiresAt\n      secondFactorEnrolmentRequired\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SetMyLanguage($input: SetMyLanguageInput!) {\n    setMyLanguage(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SetMyLanguageDocument,
    "\n  query OperationMessages($operationId: ID!, $threadId: ID, $search: String, $first: Int, $beforeSeq: Int) {\n    operationMessages(operationId: $operationId, threadId: $threadId, search: $search, first: $first, beforeSeq: $beforeSeq) {\n      id\n      threadId\n      seq\n      body\n      tlp\n      handlingCode\n      handlingCondition\n      createdAt\n      editedAt\n      deletedAt\n      replyCount\n      viewerCanEdit\n      viewerCanDelete\n      author {\n        id\n        displayName\n      }\n      authorAgency {\n        id\n        acronym\n      }\n    }\n    operationUnreadMessageCount(operationId: $operationId)\n  }\n": typeof types.OperationMessagesDocument,
    "\n  mutation PostOperationMessage($input: PostOperationMessageInput!) {\n    postOperationMessage(input: $input) {\n      id\n      threadId\n    }\n  }\n": typeof types.PostOperationMessageDocument,
    "\n  mutation EditOperationMessage($input: EditOperationMessageInput!) {\n    editOperationMessage(input: $input) {\n      id\n      body\n      handlingCondition\n      editedAt\n    }\n  }\n": typeof types.EditOperationMessageDocument,
    "\n  mutation DeleteOperationMessage($id: ID!) {\n    deleteOperationMessage(id: $id) {\n      id\n      body\n      deletedAt\n    }\n  }\n": typeof types.DeleteOperationMessageDocument,
    "\n  mutation MarkOperationMessagesRead($operationId: ID!) {\n    markOperationMessagesRead(operationId: $operationId)\n  }\n": typeof types.MarkOperationMessagesReadDocument,
    "\n  query AttachedFiles($attachedTo: FileAttachmentInput!) {\n    files(attachedTo: $attachedTo) {\n      id\n      name\n      size\n      sha256\n      tlp\n      handlingCode\n      handlingCondition\n      contentType\n      state\n      uploadedAt\n      expiresAt\n      deletedAt\n      deletedReason\n      integrityFailedAt\n      uploadedBy {\n        id\n        displayName\n      }\n      uploaderAgency {\n        id\n        acronym\n      }\n    }\n  }\n": typeof types.AttachedFilesDocument,
    "\n  query FileCustody($fileId: ID!) {\n    fileCustody(fileId: $fileId) {\n      action\n      at\n      sha256\n      reason\n      intact\n      sha256Found\n      clientAddress\n      movedFrom {\n        kind\n        id\n      }\n      movedTo {\n        kind\n        id\n      }\n      actor {\n        id\n        displayName\n      }\n      agency {\n        id\n        acronym\n      }\n    }\n  }\n": typeof types.FileCustodyDocument,
    "\n  mutation SetOperationFileRetention($operationId: ID!, $days: Int!) {\n    setOperationFileRetention(operationId: $operationId, days: $days)\n  }\n": typeof types.SetOperationFileRetentionDocument,
    "\n  mutation CreateFileDownloadTicket($id: ID!) {\n    createFileDownloadTicket(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.CreateFileDownloadTicketDocument,
    "\n  mutation DeleteFile($id: ID!, $reason: String!) {\n    deleteFile(id: $id, reason: $reason) {\n      id\n      state\n      deletedAt\n      deletedReason\n    }\n  }\n": typeof types.DeleteFileDocument,
    "\n  fragment AgencyFields on Agency {\n    id\n    name\n    acronym\n    kind\n    country\n  }\n": typeof types.AgencyFieldsFragmentDoc,
    "\n  fragment AgencyBadgeFields on Agency {\n    id\n    name\n    acronym\n    country\n  }\n": typeof types.AgencyBadgeFieldsFragmentDoc,
    "\n  fragment PersonFields on User {\n    id\n    displayName\n    agency {\n      id\n      acronym\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    displayName\n    roles\n    language\n    agency {\n      ...AgencyFields\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment TaskCardFields on Task {\n    id\n    title\n    status\n    version\n    priority\n    pillar\n    dueAt\n    createdAt\n    updatedAt\n    assigneeAgency {\n      ...AgencyBadgeFields\n    }\n    assigneeUser {\n      id\n      displayName\n    }\n    viewerCanUpdateStatus\n    requiresAcknowledgement\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n      agency {\n        id\n        acronym\n      }\n    }\n    escalatedAt\n    assigneeLeft\n  }\n": typeof types.TaskCardFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    body\n    textValues {\n      name\n      value\n    }\n    operationId\n    taskId\n    leadId\n    urgent\n    heldBack\n    readAt\n    createdAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  fragment ShownFigureFields on ShownFigure {\n    count\n    suppressed\n    label\n    threshold\n  }\n": typeof types.ShownFigureFieldsFragmentDoc,
    "\n  query IndicatorTable($input: IndicatorTableInput!) {\n    indicatorTable(input: $input) {\n      source\n      indicator\n      dimensions\n      categories\n      cells {\n        key\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n        ownCount\n      }\n      rowTotals {\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n      }\n      columnTotals {\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n      }\n      total {\n        count\n        suppressed\n        label\n        threshold\n      }\n      k\n      viewerIsOwner\n      percentages {\n        rows {\n          category\n          count\n          percent\n        }\n        denominator\n        unknown\n        note\n      }\n      rowPercentages {\n        columns\n        rows {\n          category\n          denominator\n          unknown\n          percents\n        }\n        total {\n          category\n          denominator\n          unknown\n          percents\n        }\n        note\n      }\n      citation\n    }\n  }\n": typeof types.IndicatorTableDocument,
    "\n  query IndicatorTableCsv($input: IndicatorTableInput!) {\n    indicatorTableCsv(input: $input)\n  }\n": typeof types.IndicatorTableCsvDocument,
    "\n  query FormsNamedTable($input: IndicatorScopeInput!) {\n    formsNamedTable(input: $input) {\n      source\n      indicator\n      rows {\n        form\n        alone {\n          count\n          suppressed\n          label\n          threshold\n        }\n        named {\n          count\n          suppressed\n          label\n          threshold\n        }\n      }\n      severalForms {\n        count\n        suppressed\n        label\n        threshold\n      }\n      unknown {\n        count\n        suppressed\n        label\n        threshold\n      }\n      total {\n        count\n        suppressed\n        label\n        threshold\n      }\n      k\n      viewerIsOwner\n      note\n      citation\n    }\n  }\n": typeof types.FormsNamedTableDocument,
    "\n  query FormsNamedTableCsv($input: IndicatorScopeInput!) {\n    formsNamedTableCsv(input: $input)\n  }\n": typeof types.FormsNamedTableCsvDocument,
    "\n  fragment SharingReasonFields on SharingReason {\n    code\n    source\n    ref\n    text\n    textValues {\n      name\n      value\n    }\n  }\n": typeof types.SharingReasonFieldsFragmentDoc,
    "\n  fragment LeadShareFields on LeadShare {\n    id\n    leadId\n    recipientAgency {\n      ...AgencyFields\n    }\n    senderAgency {\n      ...AgencyFields\n    }\n    sharedBy {\n      ...PersonFields\n    }\n    purpose\n    outcome\n    status\n    redactedCategories\n    legalBasis {\n      kind\n      id\n      title\n      article\n    }\n    reasons {\n      ...SharingReasonFields\n    }\n    conditions {\n      ...SharingReasonFields\n    }\n    summary\n    decidedAt\n    approvalReason\n    approvalAt\n    revokedAt\n    lapsedAt\n    lapseReason\n    createdAt\n  }\n": typeof types.LeadShareFieldsFragmentDoc,
    "\n  query Leads {\n    leadCount\n    leads {\n      id\n      summary\n      originatingAgency {\n        ...AgencyFields\n      }\n      formOfExploitation\n      route {\n        country\n        role\n      }\n      tlp\n      sourceReliability\n      informationCredibility\n      grade\n      handlingCodes\n      status\n      viewerIsOriginator\n      redaction {\n        categories\n      }\n      createdAt\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  query Lead($id: ID!) {\n    lead(id: $id) {\n      id\n      summary\n      details\n      operation {\n        id\n        name\n      }\n      originatingAgency {\n        ...AgencyFields\n      }\n      formOfExploitation\n      route {\n        country\n        role\n      }\n      dataCategories\n      tlp\n      sourceReliability\n      informationCredibility\n      grade\n      handlingCodes\n      handlingCondition\n      namedRecipients {\n        ...AgencyFields\n      }\n      status\n      version\n      persons {\n        id\n        role\n        name\n        pseudonym\n        description\n        hasIdentity\n      }\n      viewerIsOriginator\n      selectors {\n        id\n        kind\n        display\n        personId\n        createdAt\n      }\n      hitMode {\n        mode\n        isDefault\n        defaultReason\n        defaultExplanation\n        effectiveMode\n        reason\n        explanation\n      }\n      redaction {\n        categories\n        notice\n        reasons {\n          ...SharingReasonFields\n        }\n      }\n      shares {\n        ...LeadShareFields\n      }\n      linkedTasks {\n        id\n        title\n        status\n        operation {\n          id\n          name\n        }\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.LeadDocument,
    "\n  query Agencies {\n    agencies {\n      ...AgencyFields\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query PreviewLeadShare($input: ShareLeadInput!) {\n    previewLeadShare(input: $input) {\n      recipientAgency {\n        ...AgencyFields\n      }\n      outcome\n      redactedCategories\n      legalBasis {\n        kind\n        id\n        title\n        article\n      }\n      reasons {\n        ...SharingReasonFields\n      }\n      conditions {\n        ...SharingReasonFields\n      }\n      summary\n      purpose\n      at\n      existingShareStatus\n    }\n  }\n": typeof types.PreviewLeadShareDocument,
    "\n  mutation ShareLead($input: ShareLeadInput!) {\n    shareLead(input: $input) {\n      ...LeadShareFields\n    }\n  }\n": typeof types.ShareLeadDocument,
    "\n    mutation RevokeLeadShare($shareId: ID!) {\n      revokeLeadShare(shareId: $shareId) {\n        ...LeadShareFields\n      }\n    }\n  ": typeof types.RevokeLeadShareDocument,
    "\n  query PendingLeadShareApprovals {\n    pendingLeadShareApprovals {\n      ...LeadShareFields\n    }\n    leads {\n      id\n      summary\n      tlp\n      grade\n      sourceReliability\n      informationCredibility\n    }\n  }\n": typeof types.PendingLeadShareApprovalsDocument,
    "\n  mutation DecideLeadShareApproval($input: DecideLeadShareApprovalInput!) {\n    decideLeadShareApproval(input: $input) {\n      ...LeadShareFields\n    }\n  }\n": typeof types.DecideLeadShareApprovalDocument,
    "\n  mutation RevealPotentialVictim($input: RevealPotentialVictimInput!) {\n    revealPotentialVictim(input: $input) {\n      personId\n      pseudonym\n      fullName\n      dateOfBirth\n      nationality\n    }\n  }\n": typeof types.RevealPotentialVictimDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      status\n      version\n      summary\n      details\n    }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  query SearchLeads($text: String!) {\n    searchLeadCount(text: $text)\n    searchLeads(text: $text) {\n      id\n      summary\n    }\n  }\n": typeof types.SearchLeadsDocument,
    "\n  query LeadLinkableTasks($operationId: ID!) {\n    operation(id: $operationId) {\n      id\n      viewerIsCoordinator\n    }\n    tasks(operationId: $operationId) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.LeadLinkableTasksDocument,
    "\n  mutation LinkTaskToLead($input: LinkTaskToLeadInput!) {\n    linkTaskToLead(input: $input) {\n      id\n    }\n  }\n": typeof types.LinkTaskToLeadDocument,
    "\n  mutation UnlinkTaskFromLead($taskId: ID!) {\n    unlinkTaskFromLead(taskId: $taskId) {\n      id\n    }\n  }\n": typeof types.UnlinkTaskFromLeadDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  query LeadFormOperations {\n    operations {\n      id\n      name\n      status\n    }\n  }\n": typeof types.LeadFormOperationsDocument,
    "\n  fragment SelectorMatchFields on SelectorMatch {\n    kind\n    hit\n    holders {\n      ...AgencyFields\n    }\n  }\n": typeof types.SelectorMatchFieldsFragmentDoc,
    "\n  mutation AddLeadSelector($input: AddLeadSelectorInput!) {\n    addLeadSelector(input: $input) {\n      selector {\n        id\n        kind\n        display\n      }\n      match {\n        ...SelectorMatchFields\n      }\n    }\n  }\n": typeof types.AddLeadSelectorDocument,
    "\n  mutation RemoveLeadSelector($id: ID!) {\n    removeLeadSelector(id: $id)\n  }\n": typeof types.RemoveLeadSelectorDocument,
    "\n  mutation SetLeadHitMode($input: SetLeadHitModeInput!) {\n    setLeadHitMode(input: $input) {\n      id\n    }\n  }\n": typeof types.SetLeadHitModeDocument,
    "\n  query QuerySelector($input: QuerySelectorInput!) {\n    querySelector(input: $input) {\n      ...SelectorMatchFields\n    }\n  }\n": typeof types.QuerySelectorDocument,
    "\n  query SelectorQueryBudget {\n    selectorQueryBudget {\n      personRemaining\n      agencyRemaining\n      personLimit\n      agencyLimit\n    }\n  }\n": typeof types.SelectorQueryBudgetDocument,
    "\n  fragment DeconflictionCaseFields on DeconflictionCase {\n    id\n    side\n    selectorKind\n    queryingAgency {\n      ...AgencyFields\n    }\n    holderAgency {\n      ...AgencyFields\n    }\n    ownLeadId\n    hits\n    createdAt\n    lastHitAt\n    holderDisclosed\n    holderKnown\n    contacts {\n      id\n      fromSide\n      fromAgency {\n        ...AgencyFields\n      }\n      message\n      createdAt\n    }\n    leadRequests {\n      id\n      status\n      purpose\n      reason\n      requestingAgency {\n        ...AgencyFields\n      }\n      requestedAt\n      decidedAt\n      decisionReason\n      outcome\n      redactedCategories\n      reasons {\n        ...SharingReasonFields\n      }\n      sharedLeadId\n    }\n  }\n": typeof types.DeconflictionCaseFieldsFragmentDoc,
    "\n  query DeconflictionCases {\n    deconflictionCases {\n      ...DeconflictionCaseFields\n    }\n  }\n": typeof types.DeconflictionCasesDocument,
    "\n  mutation ProposeDeconflictionContact($input: ProposeDeconflictionContactInput!) {\n    proposeDeconflictionContact(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n": typeof types.ProposeDeconflictionContactDocument,
    "\n  mutation RequestDeconflictionLead($input: RequestDeconflictionLeadInput!) {\n    requestDeconflictionLead(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n": typeof types.RequestDeconflictionLeadDocument,
    "\n  mutation DecideDeconflictionLeadRequest($input: DecideDeconflictionLeadRequestInput!) {\n    decideDeconflictionLeadRequest(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n": typeof types.DecideDeconflictionLeadRequestDocument,
    "\n  query DeconflictionLeadRequestPreview($requestId: ID!) {\n    deconflictionLeadRequestPreview(requestId: $requestId) {\n      recipientAgency {\n        ...AgencyFields\n      }\n      outcome\n      redactedCategories\n      legalBasis {\n        kind\n        id\n        title\n        article\n      }\n      reasons {\n        ...SharingReasonFields\n      }\n      conditions {\n        ...SharingReasonFields\n      }\n      summary\n      purpose\n      at\n      existingShareStatus\n    }\n  }\n": typeof types.DeconflictionLeadRequestPreviewDocument,
    "\n  query Notifications($unreadOnly: Boolean, $take: Int) {\n    notifications(unreadOnly: $unreadOnly, take: $take) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      mutedTypes\n      mutedOperationIds\n      quietHoursStart\n      quietHoursEnd\n      timeZone\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      mutedTypes\n      mutedOperationIds\n      quietHoursStart\n      quietHoursEnd\n      timeZone\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query NotificationDigest {\n    notificationDigest {\n      until\n      count\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationDigestDocument,
    "\n  query LatestNotification {\n    notifications(take: 1) {\n      id\n      createdAt\n    }\n  }\n": typeof types.LatestNotificationDocument,
    "\n  query Operations {\n    operations {\n      id\n      name\n      description\n      status\n      countries\n      formsOfExploitation\n      leadAgency {\n        ...AgencyFields\n      }\n      participatingAgencies {\n        ...AgencyFields\n      }\n      viewerIsCoordinator\n      createdAt\n      taskColumns {\n        status\n        total\n      }\n    }\n  }\n": typeof types.OperationsDocument,
    "\n  fragment OperationInvitationFields on OperationInvitation {\n    id\n    status\n    role\n    message\n    agency {\n      id\n      acronym\n      name\n    }\n    invitedBy\n    createdAt\n    expiresAt\n    respondedAt\n    respondedBy\n    responseReason\n    answerers\n  }\n": typeof types.OperationInvitationFieldsFragmentDoc,
    "\n  query OperationBoard($id: ID!, $first: Int, $filter: TaskFilterInput) {\n    operation(id: $id) {\n      id\n      name\n      description\n      status\n      countries\n      formsOfExploitation\n      leadAgency {\n        ...AgencyFields\n      }\n      participatingAgencies {\n        ...AgencyFields\n      }\n      coordinators {\n        ...PersonFields\n      }\n      viewerIsCoordinator\n      escalationMinutes\n      fileRetentionDays\n      createdAt\n      purpose\n      version\n      startsOn\n      endsOn\n      legalBasisAgreementId\n      legalBasisCitation\n      evaluationFinalisedAt\n      participants {\n        agency {\n          ...AgencyFields\n        }\n        role\n        isLead\n        joinedAt\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        detail\n        reason\n        at\n        actor {\n          ...PersonFields\n        }\n        agency {\n          id\n          acronym\n        }\n      }\n      invitations {\n        ...OperationInvitationFields\n      }\n      taskAssignees {\n        id\n        displayName\n        agency {\n          id\n          acronym\n        }\n      }\n      taskColumns(filter: $filter) {\n        status\n        total\n        tasks(first: $first) {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n": typeof types.OperationBoardDocument,
    "\n  query OperationTaskExport($id: ID!, $filter: TaskFilterInput, $first: Int, $after: ID) {\n    operation(id: $id) {\n      id\n      taskColumns(filter: $filter) {\n        status\n        total\n        tasks(first: $first, after: $after) {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n": typeof types.OperationTaskExportDocument,
    "\n  query AssignableUsers($operationId: ID!, $agencyId: ID!) {\n    assignableUsers(operationId: $operationId, agencyId: $agencyId) {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.AssignableUsersDocument,
    "\n  mutation SetOperationEscalationMinutes($operationId: ID!, $minutes: Int!) {\n    setOperationEscalationMinutes(operationId: $operationId, minutes: $minutes) {\n      id\n      escalationMinutes\n    }\n  }\n": typeof types.SetOperationEscalationMinutesDocument,
    "\n  query LegalBasisAgreements {\n    agreements {\n      id\n      title\n      article\n      status\n    }\n  }\n": typeof types.LegalBasisAgreementsDocument,
    "\n  mutation CreateOperation($input: CreateOperationInput!) {\n    createOperation(input: $input) {\n      id\n      name\n      status\n      version\n    }\n  }\n": typeof types.CreateOperationDocument,
    "\n  mutation UpdateOperation($input: UpdateOperationInput!) {\n    updateOperation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateOperationDocument,
    "\n  mutation ChangeOperationStatus($input: ChangeOperationStatusInput!) {\n    changeOperationStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangeOperationStatusDocument,
    "\n  mutation InviteAgencyToOperation($input: InviteAgencyToOperationInput!) {\n    inviteAgencyToOperation(input: $input) {\n      ...OperationInvitationFields\n    }\n  }\n": typeof types.InviteAgencyToOperationDocument,
    "\n  mutation WithdrawOperationInvitation($invitationId: ID!, $reason: String) {\n    withdrawOperationInvitation(invitationId: $invitationId, reason: $reason) {\n      ...OperationInvitationFields\n    }\n  }\n": typeof types.WithdrawOperationInvitationDocument,
    "\n  query OperationInvitations {\n    operationInvitations {\n      id\n      status\n      role\n      message\n      operation {\n        id\n        name\n        purpose\n        status\n        startsOn\n        endsOn\n        leadAgency {\n          id\n          acronym\n          name\n        }\n      }\n      agency {\n        id\n        acronym\n      }\n      invitedBy\n      createdAt\n      expiresAt\n      respondedAt\n      respondedBy\n      responseReason\n    }\n  }\n": typeof types.OperationInvitationsDocument,
    "\n  mutation RespondToOperationInvitation($input: RespondToOperationInvitationInput!) {\n    respondToOperationInvitation(input: $input) {\n      id\n      status\n      respondedAt\n      respondedBy\n      responseReason\n    }\n  }\n": typeof types.RespondToOperationInvitationDocument,
    "\n  mutation LeaveOperation($operationId: ID!) {\n    leaveOperation(operationId: $operationId)\n  }\n": typeof types.LeaveOperationDocument,
    "\n  mutation RemoveAgencyFromOperation($operationId: ID!, $agencyId: ID!) {\n    removeAgencyFromOperation(operationId: $operationId, agencyId: $agencyId) {\n      id\n    }\n  }\n": typeof types.RemoveAgencyFromOperationDocument,
    "\n  mutation AppointOperationCoordinator($operationId: ID!, $userId: ID!) {\n    appointOperationCoordinator(operationId: $operationId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.AppointOperationCoordinatorDocument,
    "\n  mutation StandDownOperationCoordinator($operationId: ID!, $userId: ID!) {\n    standDownOperationCoordinator(operationId: $operationId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.StandDownOperationCoordinatorDocument,
    "\n  query InformationRequests($operationId: ID!) {\n    informationRequests(operationId: $operationId) {\n      id\n      subject\n      body\n      priority\n      dueAt\n      tlp\n      handlingCode\n      handlingCondition\n      status\n      createdAt\n      acknowledgedAt\n      answeredAt\n      answer\n      escalatedAt\n      overdue\n      viewerCanRespond\n      fromAgency {\n        id\n        acronym\n      }\n      toAgency {\n        id\n        acronym\n      }\n      sender {\n        id\n        displayName\n      }\n      acknowledgedBy {\n        id\n        displayName\n      }\n      answeredBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.InformationRequestsDocument,
    "\n  mutation SendInformationRequest($input: SendInformationRequestInput!) {\n    sendInformationRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SendInformationRequestDocument,
    "\n  mutation AcknowledgeInformationRequest($id: ID!) {\n    acknowledgeInformationRequest(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeInformationRequestDocument,
    "\n  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {\n    answerInformationRequest(input: $input) {\n      id\n      status\n      answer\n      answeredAt\n    }\n  }\n": typeof types.AnswerInformationRequestDocument,
    "\n  query WorkspaceSearch($text: String!) {\n    searchOperations(text: $text) {\n      id\n      name\n      status\n    }\n    searchTasks(text: $text) {\n      id\n      title\n      status\n      operation {\n        id\n        name\n      }\n    }\n    searchLeadCount(text: $text)\n    searchLeads(text: $text) {\n      id\n      summary\n    }\n    searchMessages(text: $text) {\n      id\n      body\n      operationId\n      tlp\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.WorkspaceSearchDocument,
    "\n  mutation LoginSecondFactor($input: LoginSecondFactorInput!) {\n    loginSecondFactor(input: $input) {\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginSecondFactorDocument,
    "\n  query MySecondFactor {\n    mySecondFactor {\n      enabled\n      totpEnabled\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n        transports\n      }\n      enabledAt\n      enrolmentRequired\n      requiredByAgency\n      requiredForAdmins\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MySecondFactorDocument,
    "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": typeof types.BeginTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input)\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      reauthenticatedAt\n      validUntil\n    }\n  }\n": typeof types.ReauthenticateDocument,
    "\n  mutation SetAgencySecondFactorRequired($required: Boolean!) {\n    setAgencySecondFactorRequired(required: $required)\n  }\n": typeof types.SetAgencySecondFactorRequiredDocument,
    "\n  mutation SetAdminSecondFactorRequired($required: Boolean!) {\n    setAdminSecondFactorRequired(required: $required)\n  }\n": typeof types.SetAdminSecondFactorRequiredDocument,
    "\n  query MyPasskeys {\n    mySecondFactor {\n      passkeys {\n        id\n      }\n    }\n  }\n": typeof types.MyPasskeysDocument,
    "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      optionsJson\n      expiresAt\n    }\n  }\n": typeof types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      id\n      name\n      createdAt\n      lastUsedAt\n      transports\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      optionsJson\n      expiresAt\n    }\n  }\n": typeof types.BeginPasskeyReauthenticationDocument,
    "\n  query MyTasks {\n    myTasks {\n      ...TaskCardFields\n      operation {\n        id\n        name\n        escalationMinutes\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCardFields\n      description\n      createdAt\n      operation {\n        id\n        name\n        status\n        escalationMinutes\n        viewerIsCoordinator\n      }\n      lead {\n        id\n        summary\n        tlp\n      }\n      createdBy {\n        ...PersonFields\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          ...PersonFields\n        }\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        detail\n        at\n        actor {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTaskStatus($input: UpdateTaskStatusInput!) {\n    updateTaskStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateTaskStatusDocument,
    "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n      body\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.AddTaskCommentDocument,
    "\n  mutation AcknowledgeTask($taskId: ID!) {\n    acknowledgeTask(taskId: $taskId) {\n      ...TaskCardFields\n    }\n  }\n": typeof types.AcknowledgeTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  fragment EvaluationSectionFields on EvaluationSection {\n    agency { id acronym name } role written version objectivesMet objectivesNote\n    arrests { ...ShownFigureFields } potentialVictimsIdentified { ...ShownFigureFields } victimsReferredToAssistance { ...ShownFigureFields }\n    seizures { ...ShownFigureFields } prosecutionsStarted { ...ShownFigureFields } convictions { ...ShownFigureFields }\n    legalObstacles practicalObstacles languageObstacles informationExchangeObstacles addedValue lessonsLearned\n    updatedAt updatedBy { displayName } viewerCanEdit\n  }\n": typeof types.EvaluationSectionFieldsFragmentDoc,
    "\n  fragment OperationEvaluationFields on OperationEvaluation {\n    operationId finalisedAt finalisedBy { displayName } viewerCanFinalise k citation\n    missingAgencies { id acronym } totals { field label total { ...ShownFigureFields } }\n    sections { ...EvaluationSectionFields }\n  }\n": typeof types.OperationEvaluationFieldsFragmentDoc,
    "\n  query OperationEvaluation($id: ID!) {\n    operation(id: $id) { id name status version viewerIsCoordinator evaluationFinalisedAt }\n    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }\n  }\n": typeof types.OperationEvaluationDocument,
    "\n  mutation UpdateEvaluationSection($input: UpdateEvaluationSectionInput!) {\n    updateEvaluationSection(input: $input) { ...EvaluationSectionFields }\n  }\n": typeof types.UpdateEvaluationSectionDocument,
    "\n  mutation FinaliseOperationEvaluation($id: ID!) {\n    finaliseOperationEvaluation(operationId: $id) { operationId finalisedAt }\n  }\n": typeof types.FinaliseOperationEvaluationDocument,
    "\n  mutation CloseOperation($input: ChangeOperationStatusInput!) {\n    changeOperationStatus(input: $input) { id status version }\n  }\n": typeof types.CloseOperationDocument,
    "\n  query OperationReport($id: ID!) {\n    operation(id: $id) {\n      id name status purpose description countries formsOfExploitation startsOn endsOn legalBasisCitation\n      participants { agency { id acronym name country } role isLead joinedAt }\n      history { id action detail reason at actor { displayName } }\n      tasks { id pillar status dueAt }\n    }\n    operationIndicators(operationId: $id) {\n      k\n      targets { id indicator periodStart periodEnd target achieved { ...ShownFigureFields } progress }\n      timing { tasksOnTime { onTime late denominator excluded rate } }\n    }\n    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }\n    operationResults(operationId: $id) { evaluations k citation results { field label total { ...ShownFigureFields } } }\n  }\n": typeof types.OperationReportDocument,
    "\n  fragment NationalLawDetails on NationalLawModel {\n    id\n    country\n    title\n    reference\n    adoptedOn\n    enteredIntoForceOn\n    summary\n    sourceUrl\n    version\n    updatedAt\n  }\n": typeof types.NationalLawDetailsFragmentDoc,
    "\n  query CountryList {\n    countryList {\n      code\n      name\n      agencies\n      nationalLaws\n      tipTierYears\n      hasGlotip\n      palermoRatificationYear\n    }\n  }\n": typeof types.CountryListDocument,
    "\n  query CountryProfile($code: String!) {\n    countryProfile(code: $code) {\n      code\n      alpha3\n      name\n      palermoRatificationYear\n      palermoDataPresent\n      tipTiers {\n        year\n        tier\n        source\n      }\n      agencies {\n        id\n        name\n        acronym\n      }\n      jointOperations\n      nationalLaws {\n        ...NationalLawDetails\n      }\n      agreementsInForce {\n        id\n        kind\n        title\n        article\n        inForceFrom\n        inForceTo\n        parties {\n          kind\n          country\n          agencyId\n          agencyName\n        }\n      }\n      jurisdictionRules {\n        id\n        version\n        text\n        flows\n        effectiveFrom\n        effectiveTo\n      }\n      asOf\n      citations\n    }\n  }\n": typeof types.CountryProfileDocument,
    "\n  query CountryImpact($code: String!) {\n    countryImpact(code: $code) {\n      code\n      name\n      years {\n        year\n        tipTier\n        detectedVictims {\n          count\n          suppressed\n          published\n        }\n        personsProsecuted {\n          count\n          suppressed\n          published\n        }\n        personsConvicted {\n          count\n          suppressed\n          published\n        }\n      }\n      lawMarkers {\n        id\n        title\n        enteredIntoForceOn\n      }\n      citations\n    }\n  }\n": typeof types.CountryImpactDocument,
    "\n  mutation CreateNationalLaw($input: CreateNationalLawInput!) {\n    createNationalLaw(input: $input) {\n      ...NationalLawDetails\n    }\n  }\n": typeof types.CreateNationalLawDocument,
    "\n  mutation UpdateNationalLaw($input: UpdateNationalLawInput!) {\n    updateNationalLaw(input: $input) {\n      ...NationalLawDetails\n    }\n  }\n": typeof types.UpdateNationalLawDocument,
    "\n  mutation DeleteNationalLaw($id: ID!) {\n    deleteNationalLaw(id: $id)\n  }\n": typeof types.DeleteNationalLawDocument,
    "\n  query LeadRoutes {\n    leadRoutes {\n      from\n      to\n      leads\n      tlp\n      leadIds\n    }\n  }\n": typeof types.LeadRoutesDocument,
    "\n  query CaseFlows($input: CaseFlowsInput!) {\n    caseFlows(input: $input) {\n      source\n      level\n      k\n      viewerIsOwner\n      perturbed\n      citation\n      flows {\n        from\n        to\n        count\n      }\n      suppressedFlows\n      suppressedRecords { ...ShownFigureFields }\n      unknownOrigin { ...ShownFigureFields }\n      unknownDestination { ...ShownFigureFields }\n      unknownBoth { ...ShownFigureFields }\n      total { ...ShownFigureFields }\n    }\n  }\n": typeof types.CaseFlowsDocument,
    "\n  query OperationResults($operationId: ID) {\n    operationResults(operationId: $operationId) {\n      operationId\n      evaluations\n      k\n      citation\n      results {\n        field\n        label\n        total {\n          count\n          suppressed\n          label\n          threshold\n        }\n      }\n    }\n  }\n": typeof types.OperationResultsDocument,
    "\n  query PalermoRatificationsByYear {\n    palermoRatificationsByYear {\n      years {\n        year\n        ratified\n        cumulative\n      }\n      citation\n    }\n  }\n": typeof types.PalermoRatificationsByYearDocument,
    "\n  query TipTierDistribution {\n    tipTierDistribution {\n      years {\n        year\n        tier1\n        tier2\n        tier2WatchList\n        tier3\n        notRated\n      }\n      citation\n    }\n  }\n": typeof types.TipTierDistributionDocument,
    "\n  query GlotipBreakdownOptions($country: String!) {\n    glotipBreakdownOptions(country: $country) {\n      indicator\n      year\n      breakdowns\n    }\n  }\n": typeof types.GlotipBreakdownOptionsDocument,
    "\n  query GlotipBreakdown($input: GlotipBreakdownInput!) {\n    glotipBreakdown(input: $input) {\n      code\n      name\n      indicator\n      year\n      breakdown\n      rows {\n        category\n        sex\n        age\n        figure {\n          count\n          suppressed\n          published\n        }\n      }\n      total {\n        count\n        suppressed\n        published\n      }\n      suppressedRows\n      note\n      citation\n    }\n  }\n": typeof types.GlotipBreakdownDocument,
    "\n  mutation RecordCase($input: RecordCaseInput!) {\n    recordCase(input: $input) {\n      id\n      indicator\n    }\n  }\n": typeof types.RecordCaseDocument,
    "\n  query LeadStix($id: ID!) {\n    leadStix(id: $id)\n  }\n": typeof types.LeadStixDocument,
    "\n  fragment TimingIndicatorsFields on TimingIndicatorsModel {\n    operationId\n    tasksOnTime { onTime late denominator excluded rate }\n    leadToAction { medianMs measured withoutAction }\n  }\n": typeof types.TimingIndicatorsFieldsFragmentDoc,
    "\n  query OperationIndicators($operationId: ID!) {\n    operationIndicators(operationId: $operationId) {\n      operationId\n      k\n      viewerIsCoordinator\n      targets {\n        id\n        indicator\n        periodStart\n        periodEnd\n        target\n        achieved { count suppressed label }\n        progress\n      }\n      timing { ...TimingIndicatorsFields }\n      taskForceTiming { ...TimingIndicatorsFields }\n    }\n  }\n": typeof types.OperationIndicatorsDocument,
    "\n  mutation SetOperationTarget($input: SetOperationTargetInput!) {\n    setOperationTarget(input: $input) {\n      id\n    }\n  }\n": typeof types.SetOperationTargetDocument,
    "\n  mutation RemoveOperationTarget($id: ID!) {\n    removeOperationTarget(id: $id)\n  }\n": typeof types.RemoveOperationTargetDocument,
    "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input)\n  }\n": typeof types.SetPasswordWithTokenDocument,
};
const documents: Documents = {
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      firstBrokenSeq\n      reason\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  mutation ImportDataset($kind: DatasetKind!, $confirm: Boolean) {\n    importDataset(kind: $kind, confirm: $confirm) {\n      kind\n      source\n      inserted\n      updated\n      unchanged\n      removed\n      applied\n      confirmationNeeded\n      examples {\n        inserted\n        updated\n        removed\n      }\n      rejected {\n        line\n        sheet\n        reason\n      }\n    }\n  }\n": types.ImportDatasetDocument,
    "\n  fragment AgencyPersonFields on Person {\n    id\n    email\n    displayName\n    roles\n    disabled\n    lastSignInAt\n    hasPassword\n  }\n": types.AgencyPersonFieldsFragmentDoc,
    "\n  query AgencyPeople($agencyId: ID) {\n    agencyPeople(agencyId: $agencyId) {\n      ...AgencyPersonFields\n    }\n  }\n": types.AgencyPeopleDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        ...AgencyPersonFields\n      }\n      link\n      expiresAt\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation ChangePersonRoles($input: ChangePersonRolesInput!) {\n    changePersonRoles(input: $input) {\n      ...AgencyPersonFields\n    }\n  }\n": types.ChangePersonRolesDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnablePerson($userId: ID!) {\n    enablePerson(userId: $userId) {\n      ...AgencyPersonFields\n    }\n  }\n": types.EnablePersonDocument,
    "\n  mutation StartPasswordReset($userId: ID!) {\n    startPasswordReset(userId: $userId) {\n      person {\n        ...AgencyPersonFields\n      }\n      link\n      expiresAt\n    }\n  }\n": types.StartPasswordResetDocument,
    "\n  query AgencyDirectory {\n    agencies {\n      id\n      name\n      acronym\n      kind\n      country\n    }\n  }\n": types.AgencyDirectoryDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n        name\n        acronym\n        kind\n        country\n      }\n      firstAdmin {\n        person {\n          ...AgencyPersonFields\n        }\n        link\n        expiresAt\n      }\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    kind\n    title\n    article\n    parties {\n      kind\n      country\n      agencyId\n      agency {\n        id\n        acronym\n        name\n      }\n    }\n    dataCategories\n    purposes\n    inForceFrom\n    inForceTo\n    suspended\n    status\n    version\n    updatedAt\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  fragment RuleVersionFields on JurisdictionRuleVersion {\n    ruleId\n    version\n    effectiveFrom\n    effectiveTo\n    scopeJson\n    flows\n    whenJson\n    conditionJson\n    text\n    inEffect\n    retiredAt\n    createdAt\n  }\n": types.RuleVersionFieldsFragmentDoc,
    "\n  fragment RuleFields on JurisdictionRule {\n    id\n    currentVersion\n    retired\n    current {\n      ...RuleVersionFields\n    }\n    versions {\n      ...RuleVersionFields\n    }\n  }\n": types.RuleFieldsFragmentDoc,
    "\n  query Agreements {\n    agreements {\n      ...AgreementFields\n    }\n  }\n": types.AgreementsDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.UpdateAgreementDocument,
    "\n  query JurisdictionRules {\n    jurisdictionRules(includeHistory: true) {\n      ...RuleFields\n    }\n  }\n": types.JurisdictionRulesDocument,
    "\n  mutation CreateJurisdictionRule($input: CreateJurisdictionRuleInput!) {\n    createJurisdictionRule(input: $input) {\n      ...RuleFields\n    }\n  }\n": types.CreateJurisdictionRuleDocument,
    "\n  mutation ReviseJurisdictionRule($input: ReviseJurisdictionRuleInput!) {\n    reviseJurisdictionRule(input: $input) {\n      ...RuleFields\n    }\n  }\n": types.ReviseJurisdictionRuleDocument,
    "\n  mutation RetireJurisdictionRule($id: String!, $expectedVersion: Int!) {\n    retireJurisdictionRule(id: $id, expectedVersion: $expectedVersion) {\n      ...RuleFields\n    }\n  }\n": types.RetireJurisdictionRuleDocument,
    "\n  query LeadAuditTrail($leadId: ID!) {\n    leadAuditTrail(leadId: $leadId) {\n      seq\n      at\n      actorName\n      actorAgencyAcronym\n      action\n      subjectType\n      subjectId\n      reason\n      clientAddress\n      details\n      hash\n    }\n  }\n": types.LeadAuditTrailDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      secondFactorRequired\n      secondFactorMethods\n      passkeyOptions\n      challengeToken\n      challengeExpiresAt\n      secondFactorEnrolmentRequired\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SetMyLanguage($input: SetMyLanguageInput!) {\n    setMyLanguage(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SetMyLanguageDocument,
    "\n  query OperationMessages($operationId: ID!, $threadId: ID, $search: String, $first: Int, $beforeSeq: Int) {\n    operationMessages(operationId: $operationId, threadId: $threadId, search: $search, first: $first, beforeSeq: $beforeSeq) {\n      id\n      threadId\n      seq\n      body\n      tlp\n      handlingCode\n      handlingCondition\n      createdAt\n      editedAt\n      deletedAt\n      replyCount\n      viewerCanEdit\n      viewerCanDelete\n      author {\n        id\n        displayName\n      }\n      authorAgency {\n        id\n        acronym\n      }\n    }\n    operationUnreadMessageCount(operationId: $operationId)\n  }\n": types.OperationMessagesDocument,
    "\n  mutation PostOperationMessage($input: PostOperationMessageInput!) {\n    postOperationMessage(input: $input) {\n      id\n      threadId\n    }\n  }\n": types.PostOperationMessageDocument,
    "\n  mutation EditOperationMessage($input: EditOperationMessageInput!) {\n    editOperationMessage(input: $input) {\n      id\n      body\n      handlingCondition\n      editedAt\n    }\n  }\n": types.EditOperationMessageDocument,
    "\n  mutation DeleteOperationMessage($id: ID!) {\n    deleteOperationMessage(id: $id) {\n      id\n      body\n      deletedAt\n    }\n  }\n": types.DeleteOperationMessageDocument,
    "\n  mutation MarkOperationMessagesRead($operationId: ID!) {\n    markOperationMessagesRead(operationId: $operationId)\n  }\n": types.MarkOperationMessagesReadDocument,
    "\n  query AttachedFiles($attachedTo: FileAttachmentInput!) {\n    files(attachedTo: $attachedTo) {\n      id\n      name\n      size\n      sha256\n      tlp\n      handlingCode\n      handlingCondition\n      contentType\n      state\n      uploadedAt\n      expiresAt\n      deletedAt\n      deletedReason\n      integrityFailedAt\n      uploadedBy {\n        id\n        displayName\n      }\n      uploaderAgency {\n        id\n        acronym\n      }\n    }\n  }\n": types.AttachedFilesDocument,
    "\n  query FileCustody($fileId: ID!) {\n    fileCustody(fileId: $fileId) {\n      action\n      at\n      sha256\n      reason\n      intact\n      sha256Found\n      clientAddress\n      movedFrom {\n        kind\n        id\n      }\n      movedTo {\n        kind\n        id\n      }\n      actor {\n        id\n        displayName\n      }\n      agency {\n        id\n        acronym\n      }\n    }\n  }\n": types.FileCustodyDocument,
    "\n  mutation SetOperationFileRetention($operationId: ID!, $days: Int!) {\n    setOperationFileRetention(operationId: $operationId, days: $days)\n  }\n": types.SetOperationFileRetentionDocument,
    "\n  mutation CreateFileDownloadTicket($id: ID!) {\n    createFileDownloadTicket(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": types.CreateFileDownloadTicketDocument,
    "\n  mutation DeleteFile($id: ID!, $reason: String!) {\n    deleteFile(id: $id, reason: $reason) {\n      id\n      state\n      deletedAt\n      deletedReason\n    }\n  }\n": types.DeleteFileDocument,
    "\n  fragment AgencyFields on Agency {\n    id\n    name\n    acronym\n    kind\n    country\n  }\n": types.AgencyFieldsFragmentDoc,
    "\n  fragment AgencyBadgeFields on Agency {\n    id\n    name\n    acronym\n    country\n  }\n": types.AgencyBadgeFieldsFragmentDoc,
    "\n  fragment PersonFields on User {\n    id\n    displayName\n    agency {\n      id\n      acronym\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    displayName\n    roles\n    language\n    agency {\n      ...AgencyFields\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment TaskCardFields on Task {\n    id\n    title\n    status\n    version\n    priority\n    pillar\n    dueAt\n    createdAt\n    updatedAt\n    assigneeAgency {\n      ...AgencyBadgeFields\n    }\n    assigneeUser {\n      id\n      displayName\n    }\n    viewerCanUpdateStatus\n    requiresAcknowledgement\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n      agency {\n        id\n        acronym\n      }\n    }\n    escalatedAt\n    assigneeLeft\n  }\n": types.TaskCardFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    body\n    textValues {\n      name\n      value\n    }\n    operationId\n    taskId\n    leadId\n    urgent\n    heldBack\n    readAt\n    createdAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  fragment ShownFigureFields on ShownFigure {\n    count\n    suppressed\n    label\n    threshold\n  }\n": types.ShownFigureFieldsFragmentDoc,
    "\n  query IndicatorTable($input: IndicatorTableInput!) {\n    indicatorTable(input: $input) {\n      source\n      indicator\n      dimensions\n      categories\n      cells {\n        key\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n        ownCount\n      }\n      rowTotals {\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n      }\n      columnTotals {\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n      }\n      total {\n        count\n        suppressed\n        label\n        threshold\n      }\n      k\n      viewerIsOwner\n      percentages {\n        rows {\n          category\n          count\n          percent\n        }\n        denominator\n        unknown\n        note\n      }\n      rowPercentages {\n        columns\n        rows {\n          category\n          denominator\n          unknown\n          percents\n        }\n        total {\n          category\n          denominator\n          unknown\n          percents\n        }\n        note\n      }\n      citation\n    }\n  }\n": types.IndicatorTableDocument,
    "\n  query IndicatorTableCsv($input: IndicatorTableInput!) {\n    indicatorTableCsv(input: $input)\n  }\n": types.IndicatorTableCsvDocument,
    "\n  query FormsNamedTable($input: IndicatorScopeInput!) {\n    formsNamedTable(input: $input) {\n      source\n      indicator\n      rows {\n        form\n        alone {\n          count\n          suppressed\n          label\n          threshold\n        }\n        named {\n          count\n          suppressed\n          label\n          threshold\n        }\n      }\n      severalForms {\n        count\n        suppressed\n        label\n        threshold\n      }\n      unknown {\n        count\n        suppressed\n        label\n        threshold\n      }\n      total {\n        count\n        suppressed\n        label\n        threshold\n      }\n      k\n      viewerIsOwner\n      note\n      citation\n    }\n  }\n": types.FormsNamedTableDocument,
    "\n  query FormsNamedTableCsv($input: IndicatorScopeInput!) {\n    formsNamedTableCsv(input: $input)\n  }\n": types.FormsNamedTableCsvDocument,
    "\n  fragment SharingReasonFields on SharingReason {\n    code\n    source\n    ref\n    text\n    textValues {\n      name\n      value\n    }\n  }\n": types.SharingReasonFieldsFragmentDoc,
    "\n  fragment LeadShareFields on LeadShare {\n    id\n    leadId\n    recipientAgency {\n      ...AgencyFields\n    }\n    senderAgency {\n      ...AgencyFields\n    }\n    sharedBy {\n      ...PersonFields\n    }\n    purpose\n    outcome\n    status\n    redactedCategories\n    legalBasis {\n      kind\n      id\n      title\n      article\n    }\n    reasons {\n      ...SharingReasonFields\n    }\n    conditions {\n      ...SharingReasonFields\n    }\n    summary\n    decidedAt\n    approvalReason\n    approvalAt\n    revokedAt\n    lapsedAt\n    lapseReason\n    createdAt\n  }\n": types.LeadShareFieldsFragmentDoc,
    "\n  query Leads {\n    leadCount\n    leads {\n      id\n      summary\n      originatingAgency {\n        ...AgencyFields\n      }\n      formOfExploitation\n      route {\n        country\n        role\n      }\n      tlp\n      sourceReliability\n      informationCredibility\n      grade\n      handlingCodes\n      status\n      viewerIsOriginator\n      redaction {\n        categories\n      }\n      createdAt\n    }\n  }\n": types.LeadsDocument,
    "\n  query Lead($id: ID!) {\n    lead(id: $id) {\n      id\n      summary\n      details\n      operation {\n        id\n        name\n      }\n      originatingAgency {\n        ...AgencyFields\n      }\n      formOfExploitation\n      route {\n        country\n        role\n      }\n      dataCategories\n      tlp\n      sourceReliability\n      informationCredibility\n      grade\n      handlingCodes\n      handlingCondition\n      namedRecipients {\n        ...AgencyFields\n      }\n      status\n      version\n      persons {\n        id\n        role\n        name\n        pseudonym\n        description\n        hasIdentity\n      }\n      viewerIsOriginator\n      selectors {\n        id\n        kind\n        display\n        personId\n        createdAt\n      }\n      hitMode {\n        mode\n        isDefault\n        defaultReason\n        defaultExplanation\n        effectiveMode\n        reason\n        explanation\n      }\n      redaction {\n        categories\n        notice\n        reasons {\n          ...SharingReasonFields\n        }\n      }\n      shares {\n        ...LeadShareFields\n      }\n      linkedTasks {\n        id\n        title\n        status\n        operation {\n          id\n          name\n        }\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": types.LeadDocument,
    "\n  query Agencies {\n    agencies {\n      ...AgencyFields\n    }\n  }\n": types.AgenciesDocument,
    "\n  query PreviewLeadShare($input: ShareLeadInput!) {\n    previewLeadShare(input: $input) {\n      recipientAgency {\n        ...AgencyFields\n      }\n      outcome\n      redactedCategories\n      legalBasis {\n        kind\n        id\n        title\n        article\n      }\n      reasons {\n        ...SharingReasonFields\n      }\n      conditions {\n        ...SharingReasonFields\n      }\n      summary\n      purpose\n      at\n      existingShareStatus\n    }\n  }\n": types.PreviewLeadShareDocument,
    "\n  mutation ShareLead($input: ShareLeadInput!) {\n    shareLead(input: $input) {\n      ...LeadShareFields\n    }\n  }\n": types.ShareLeadDocument,
    "\n    mutation RevokeLeadShare($shareId: ID!) {\n      revokeLeadShare(shareId: $shareId) {\n        ...LeadShareFields\n      }\n    }\n  ": types.RevokeLeadShareDocument,
    "\n  query PendingLeadShareApprovals {\n    pendingLeadShareApprovals {\n      ...LeadShareFields\n    }\n    leads {\n      id\n      summary\n      tlp\n      grade\n      sourceReliability\n      informationCredibility\n    }\n  }\n": types.PendingLeadShareApprovalsDocument,
    "\n  mutation DecideLeadShareApproval($input: DecideLeadShareApprovalInput!) {\n    decideLeadShareApproval(input: $input) {\n      ...LeadShareFields\n    }\n  }\n": types.DecideLeadShareApprovalDocument,
    "\n  mutation RevealPotentialVictim($input: RevealPotentialVictimInput!) {\n    revealPotentialVictim(input: $input) {\n      personId\n      pseudonym\n      fullName\n      dateOfBirth\n      nationality\n    }\n  }\n": types.RevealPotentialVictimDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      status\n      version\n      summary\n      details\n    }\n  }\n": types.UpdateLeadDocument,
    "\n  query SearchLeads($text: String!) {\n    searchLeadCount(text: $text)\n    searchLeads(text: $text) {\n      id\n      summary\n    }\n  }\n": types.SearchLeadsDocument,
    "\n  query LeadLinkableTasks($operationId: ID!) {\n    operation(id: $operationId) {\n      id\n      viewerIsCoordinator\n    }\n    tasks(operationId: $operationId) {\n      id\n      title\n      status\n    }\n  }\n": types.LeadLinkableTasksDocument,
    "\n  mutation LinkTaskToLead($input: LinkTaskToLeadInput!) {\n    linkTaskToLead(input: $input) {\n      id\n    }\n  }\n": types.LinkTaskToLeadDocument,
    "\n  mutation UnlinkTaskFromLead($taskId: ID!) {\n    unlinkTaskFromLead(taskId: $taskId) {\n      id\n    }\n  }\n": types.UnlinkTaskFromLeadDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n": types.CreateLeadDocument,
    "\n  query LeadFormOperations {\n    operations {\n      id\n      name\n      status\n    }\n  }\n": types.LeadFormOperationsDocument,
    "\n  fragment SelectorMatchFields on SelectorMatch {\n    kind\n    hit\n    holders {\n      ...AgencyFields\n    }\n  }\n": types.SelectorMatchFieldsFragmentDoc,
    "\n  mutation AddLeadSelector($input: AddLeadSelectorInput!) {\n    addLeadSelector(input: $input) {\n      selector {\n        id\n        kind\n        display\n      }\n      match {\n        ...SelectorMatchFields\n      }\n    }\n  }\n": types.AddLeadSelectorDocument,
    "\n  mutation RemoveLeadSelector($id: ID!) {\n    removeLeadSelector(id: $id)\n  }\n": types.RemoveLeadSelectorDocument,
    "\n  mutation SetLeadHitMode($input: SetLeadHitModeInput!) {\n    setLeadHitMode(input: $input) {\n      id\n    }\n  }\n": types.SetLeadHitModeDocument,
    "\n  query QuerySelector($input: QuerySelectorInput!) {\n    querySelector(input: $input) {\n      ...SelectorMatchFields\n    }\n  }\n": types.QuerySelectorDocument,
    "\n  query SelectorQueryBudget {\n    selectorQueryBudget {\n      personRemaining\n      agencyRemaining\n      personLimit\n      agencyLimit\n    }\n  }\n": types.SelectorQueryBudgetDocument,
    "\n  fragment DeconflictionCaseFields on DeconflictionCase {\n    id\n    side\n    selectorKind\n    queryingAgency {\n      ...AgencyFields\n    }\n    holderAgency {\n      ...AgencyFields\n    }\n    ownLeadId\n    hits\n    createdAt\n    lastHitAt\n    holderDisclosed\n    holderKnown\n    contacts {\n      id\n      fromSide\n      fromAgency {\n        ...AgencyFields\n      }\n      message\n      createdAt\n    }\n    leadRequests {\n      id\n      status\n      purpose\n      reason\n      requestingAgency {\n        ...AgencyFields\n      }\n      requestedAt\n      decidedAt\n      decisionReason\n      outcome\n      redactedCategories\n      reasons {\n        ...SharingReasonFields\n      }\n      sharedLeadId\n    }\n  }\n": types.DeconflictionCaseFieldsFragmentDoc,
    "\n  query DeconflictionCases {\n    deconflictionCases {\n      ...DeconflictionCaseFields\n    }\n  }\n": types.DeconflictionCasesDocument,
    "\n  mutation ProposeDeconflictionContact($input: ProposeDeconflictionContactInput!) {\n    proposeDeconflictionContact(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n": types.ProposeDeconflictionContactDocument,
    "\n  mutation RequestDeconflictionLead($input: RequestDeconflictionLeadInput!) {\n    requestDeconflictionLead(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n": types.RequestDeconflictionLeadDocument,
    "\n  mutation DecideDeconflictionLeadRequest($input: DecideDeconflictionLeadRequestInput!) {\n    decideDeconflictionLeadRequest(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n": types.DecideDeconflictionLeadRequestDocument,
    "\n  query DeconflictionLeadRequestPreview($requestId: ID!) {\n    deconflictionLeadRequestPreview(requestId: $requestId) {\n      recipientAgency {\n        ...AgencyFields\n      }\n      outcome\n      redactedCategories\n      legalBasis {\n        kind\n        id\n        title\n        article\n      }\n      reasons {\n        ...SharingReasonFields\n      }\n      conditions {\n        ...SharingReasonFields\n      }\n      summary\n      purpose\n      at\n      existingShareStatus\n    }\n  }\n": types.DeconflictionLeadRequestPreviewDocument,
    "\n  query Notifications($unreadOnly: Boolean, $take: Int) {\n    notifications(unreadOnly: $unreadOnly, take: $take) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      mutedTypes\n      mutedOperationIds\n      quietHoursStart\n      quietHoursEnd\n      timeZone\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      mutedTypes\n      mutedOperationIds\n      quietHoursStart\n      quietHoursEnd\n      timeZone\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query NotificationDigest {\n    notificationDigest {\n      until\n      count\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationDigestDocument,
    "\n  query LatestNotification {\n    notifications(take: 1) {\n      id\n      createdAt\n    }\n  }\n": types.LatestNotificationDocument,
    "\n  query Operations {\n    operations {\n      id\n      name\n      description\n      status\n      countries\n      formsOfExploitation\n      leadAgency {\n        ...AgencyFields\n      }\n      participatingAgencies {\n        ...AgencyFields\n      }\n      viewerIsCoordinator\n      createdAt\n      taskColumns {\n        status\n        total\n      }\n    }\n  }\n": types.OperationsDocument,
    "\n  fragment OperationInvitationFields on OperationInvitation {\n    id\n    status\n    role\n    message\n    agency {\n      id\n      acronym\n      name\n    }\n    invitedBy\n    createdAt\n    expiresAt\n    respondedAt\n    respondedBy\n    responseReason\n    answerers\n  }\n": types.OperationInvitationFieldsFragmentDoc,
    "\n  query OperationBoard($id: ID!, $first: Int, $filter: TaskFilterInput) {\n    operation(id: $id) {\n      id\n      name\n      description\n      status\n      countries\n      formsOfExploitation\n      leadAgency {\n        ...AgencyFields\n      }\n      participatingAgencies {\n        ...AgencyFields\n      }\n      coordinators {\n        ...PersonFields\n      }\n      viewerIsCoordinator\n      escalationMinutes\n      fileRetentionDays\n      createdAt\n      purpose\n      version\n      startsOn\n      endsOn\n      legalBasisAgreementId\n      legalBasisCitation\n      evaluationFinalisedAt\n      participants {\n        agency {\n          ...AgencyFields\n        }\n        role\n        isLead\n        joinedAt\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        detail\n        reason\n        at\n        actor {\n          ...PersonFields\n        }\n        agency {\n          id\n          acronym\n        }\n      }\n      invitations {\n        ...OperationInvitationFields\n      }\n      taskAssignees {\n        id\n        displayName\n        agency {\n          id\n          acronym\n        }\n      }\n      taskColumns(filter: $filter) {\n        status\n        total\n        tasks(first: $first) {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n": types.OperationBoardDocument,
    "\n  query OperationTaskExport($id: ID!, $filter: TaskFilterInput, $first: Int, $after: ID) {\n    operation(id: $id) {\n      id\n      taskColumns(filter: $filter) {\n        status\n        total\n        tasks(first: $first, after: $after) {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n": types.OperationTaskExportDocument,
    "\n  query AssignableUsers($operationId: ID!, $agencyId: ID!) {\n    assignableUsers(operationId: $operationId, agencyId: $agencyId) {\n      id\n      displayName\n      roles\n    }\n  }\n": types.AssignableUsersDocument,
    "\n  mutation SetOperationEscalationMinutes($operationId: ID!, $minutes: Int!) {\n    setOperationEscalationMinutes(operationId: $operationId, minutes: $minutes) {\n      id\n      escalationMinutes\n    }\n  }\n": types.SetOperationEscalationMinutesDocument,
    "\n  query LegalBasisAgreements {\n    agreements {\n      id\n      title\n      article\n      status\n    }\n  }\n": types.LegalBasisAgreementsDocument,
    "\n  mutation CreateOperation($input: CreateOperationInput!) {\n    createOperation(input: $input) {\n      id\n      name\n      status\n      version\n    }\n  }\n": types.CreateOperationDocument,
    "\n  mutation UpdateOperation($input: UpdateOperationInput!) {\n    updateOperation(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateOperationDocument,
    "\n  mutation ChangeOperationStatus($input: ChangeOperationStatusInput!) {\n    changeOperationStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangeOperationStatusDocument,
    "\n  mutation InviteAgencyToOperation($input: InviteAgencyToOperationInput!) {\n    inviteAgencyToOperation(input: $input) {\n      ...OperationInvitationFields\n    }\n  }\n": types.InviteAgencyToOperationDocument,
    "\n  mutation WithdrawOperationInvitation($invitationId: ID!, $reason: String) {\n    withdrawOperationInvitation(invitationId: $invitationId, reason: $reason) {\n      ...OperationInvitationFields\n    }\n  }\n": types.WithdrawOperationInvitationDocument,
    "\n  query OperationInvitations {\n    operationInvitations {\n      id\n      status\n      role\n      message\n      operation {\n        id\n        name\n        purpose\n        status\n        startsOn\n        endsOn\n        leadAgency {\n          id\n          acronym\n          name\n        }\n      }\n      agency {\n        id\n        acronym\n      }\n      invitedBy\n      createdAt\n      expiresAt\n      respondedAt\n      respondedBy\n      responseReason\n    }\n  }\n": types.OperationInvitationsDocument,
    "\n  mutation RespondToOperationInvitation($input: RespondToOperationInvitationInput!) {\n    respondToOperationInvitation(input: $input) {\n      id\n      status\n      respondedAt\n      respondedBy\n      responseReason\n    }\n  }\n": types.RespondToOperationInvitationDocument,
    "\n  mutation LeaveOperation($operationId: ID!) {\n    leaveOperation(operationId: $operationId)\n  }\n": types.LeaveOperationDocument,
    "\n  mutation RemoveAgencyFromOperation($operationId: ID!, $agencyId: ID!) {\n    removeAgencyFromOperation(operationId: $operationId, agencyId: $agencyId) {\n      id\n    }\n  }\n": types.RemoveAgencyFromOperationDocument,
    "\n  mutation AppointOperationCoordinator($operationId: ID!, $userId: ID!) {\n    appointOperationCoordinator(operationId: $operationId, userId: $userId) {\n      id\n    }\n  }\n": types.AppointOperationCoordinatorDocument,
    "\n  mutation StandDownOperationCoordinator($operationId: ID!, $userId: ID!) {\n    standDownOperationCoordinator(operationId: $operationId, userId: $userId) {\n      id\n    }\n  }\n": types.StandDownOperationCoordinatorDocument,
    "\n  query InformationRequests($operationId: ID!) {\n    informationRequests(operationId: $operationId) {\n      id\n      subject\n      body\n      priority\n      dueAt\n      tlp\n      handlingCode\n      handlingCondition\n      status\n      createdAt\n      acknowledgedAt\n      answeredAt\n      answer\n      escalatedAt\n      overdue\n      viewerCanRespond\n      fromAgency {\n        id\n        acronym\n      }\n      toAgency {\n        id\n        acronym\n      }\n      sender {\n        id\n        displayName\n      }\n      acknowledgedBy {\n        id\n        displayName\n      }\n      answeredBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.InformationRequestsDocument,
    "\n  mutation SendInformationRequest($input: SendInformationRequestInput!) {\n    sendInformationRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.SendInformationRequestDocument,
    "\n  mutation AcknowledgeInformationRequest($id: ID!) {\n    acknowledgeInformationRequest(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeInformationRequestDocument,
    "\n  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {\n    answerInformationRequest(input: $input) {\n      id\n      status\n      answer\n      answeredAt\n    }\n  }\n": types.AnswerInformationRequestDocument,
    "\n  query WorkspaceSearch($text: String!) {\n    searchOperations(text: $text) {\n      id\n      name\n      status\n    }\n    searchTasks(text: $text) {\n      id\n      title\n      status\n      operation {\n        id\n        name\n      }\n    }\n    searchLeadCount(text: $text)\n    searchLeads(text: $text) {\n      id\n      summary\n    }\n    searchMessages(text: $text) {\n      id\n      body\n      operationId\n      tlp\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.WorkspaceSearchDocument,
    "\n  mutation LoginSecondFactor($input: LoginSecondFactorInput!) {\n    loginSecondFactor(input: $input) {\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginSecondFactorDocument,
    "\n  query MySecondFactor {\n    mySecondFactor {\n      enabled\n      totpEnabled\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n        transports\n      }\n      enabledAt\n      enrolmentRequired\n      requiredByAgency\n      requiredForAdmins\n      recoveryCodesLeft\n    }\n  }\n": types.MySecondFactorDocument,
    "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": types.BeginTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input)\n  }\n": types.DisableTotpDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      reauthenticatedAt\n      validUntil\n    }\n  }\n": types.ReauthenticateDocument,
    "\n  mutation SetAgencySecondFactorRequired($required: Boolean!) {\n    setAgencySecondFactorRequired(required: $required)\n  }\n": types.SetAgencySecondFactorRequiredDocument,
    "\n  mutation SetAdminSecondFactorRequired($required: Boolean!) {\n    setAdminSecondFactorRequired(required: $required)\n  }\n": types.SetAdminSecondFactorRequiredDocument,
    "\n  query MyPasskeys {\n    mySecondFactor {\n      passkeys {\n        id\n      }\n    }\n  }\n": types.MyPasskeysDocument,
    "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      optionsJson\n      expiresAt\n    }\n  }\n": types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      id\n      name\n      createdAt\n      lastUsedAt\n      transports\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      optionsJson\n      expiresAt\n    }\n  }\n": types.BeginPasskeyReauthenticationDocument,
    "\n  query MyTasks {\n    myTasks {\n      ...TaskCardFields\n      operation {\n        id\n        name\n        escalationMinutes\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCardFields\n      description\n      createdAt\n      operation {\n        id\n        name\n        status\n        escalationMinutes\n        viewerIsCoordinator\n      }\n      lead {\n        id\n        summary\n        tlp\n      }\n      createdBy {\n        ...PersonFields\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          ...PersonFields\n        }\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        detail\n        at\n        actor {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTaskStatus($input: UpdateTaskStatusInput!) {\n    updateTaskStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": types.UpdateTaskStatusDocument,
    "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n      body\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n": types.AddTaskCommentDocument,
    "\n  mutation AcknowledgeTask($taskId: ID!) {\n    acknowledgeTask(taskId: $taskId) {\n      ...TaskCardFields\n    }\n  }\n": types.AcknowledgeTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  fragment EvaluationSectionFields on EvaluationSection {\n    agency { id acronym name } role written version objectivesMet objectivesNote\n    arrests { ...ShownFigureFields } potentialVictimsIdentified { ...ShownFigureFields } victimsReferredToAssistance { ...ShownFigureFields }\n    seizures { ...ShownFigureFields } prosecutionsStarted { ...ShownFigureFields } convictions { ...ShownFigureFields }\n    legalObstacles practicalObstacles languageObstacles informationExchangeObstacles addedValue lessonsLearned\n    updatedAt updatedBy { displayName } viewerCanEdit\n  }\n": types.EvaluationSectionFieldsFragmentDoc,
    "\n  fragment OperationEvaluationFields on OperationEvaluation {\n    operationId finalisedAt finalisedBy { displayName } viewerCanFinalise k citation\n    missingAgencies { id acronym } totals { field label total { ...ShownFigureFields } }\n    sections { ...EvaluationSectionFields }\n  }\n": types.OperationEvaluationFieldsFragmentDoc,
    "\n  query OperationEvaluation($id: ID!) {\n    operation(id: $id) { id name status version viewerIsCoordinator evaluationFinalisedAt }\n    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }\n  }\n": types.OperationEvaluationDocument,
    "\n  mutation UpdateEvaluationSection($input: UpdateEvaluationSectionInput!) {\n    updateEvaluationSection(input: $input) { ...EvaluationSectionFields }\n  }\n": types.UpdateEvaluationSectionDocument,
    "\n  mutation FinaliseOperationEvaluation($id: ID!) {\n    finaliseOperationEvaluation(operationId: $id) { operationId finalisedAt }\n  }\n": types.FinaliseOperationEvaluationDocument,
    "\n  mutation CloseOperation($input: ChangeOperationStatusInput!) {\n    changeOperationStatus(input: $input) { id status version }\n  }\n": types.CloseOperationDocument,
    "\n  query OperationReport($id: ID!) {\n    operation(id: $id) {\n      id name status purpose description countries formsOfExploitation startsOn endsOn legalBasisCitation\n      participants { agency { id acronym name country } role isLead joinedAt }\n      history { id action detail reason at actor { displayName } }\n      tasks { id pillar status dueAt }\n    }\n    operationIndicators(operationId: $id) {\n      k\n      targets { id indicator periodStart periodEnd target achieved { ...ShownFigureFields } progress }\n      timing { tasksOnTime { onTime late denominator excluded rate } }\n    }\n    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }\n    operationResults(operationId: $id) { evaluations k citation results { field label total { ...ShownFigureFields } } }\n  }\n": types.OperationReportDocument,
    "\n  fragment NationalLawDetails on NationalLawModel {\n    id\n    country\n    title\n    reference\n    adoptedOn\n    enteredIntoForceOn\n    summary\n    sourceUrl\n    version\n    updatedAt\n  }\n": types.NationalLawDetailsFragmentDoc,
    "\n  query CountryList {\n    countryList {\n      code\n      name\n      agencies\n      nationalLaws\n      tipTierYears\n      hasGlotip\n      palermoRatificationYear\n    }\n  }\n": types.CountryListDocument,
    "\n  query CountryProfile($code: String!) {\n    countryProfile(code: $code) {\n      code\n      alpha3\n      name\n      palermoRatificationYear\n      palermoDataPresent\n      tipTiers {\n        year\n        tier\n        source\n      }\n      agencies {\n        id\n        name\n        acronym\n      }\n      jointOperations\n      nationalLaws {\n        ...NationalLawDetails\n      }\n      agreementsInForce {\n        id\n        kind\n        title\n        article\n        inForceFrom\n        inForceTo\n        parties {\n          kind\n          country\n          agencyId\n          agencyName\n        }\n      }\n      jurisdictionRules {\n        id\n        version\n        text\n        flows\n        effectiveFrom\n        effectiveTo\n      }\n      asOf\n      citations\n    }\n  }\n": types.CountryProfileDocument,
    "\n  query CountryImpact($code: String!) {\n    countryImpact(code: $code) {\n      code\n      name\n      years {\n        year\n        tipTier\n        detectedVictims {\n          count\n          suppressed\n          published\n        }\n        personsProsecuted {\n          count\n          suppressed\n          published\n        }\n        personsConvicted {\n          count\n          suppressed\n          published\n        }\n      }\n      lawMarkers {\n        id\n        title\n        enteredIntoForceOn\n      }\n      citations\n    }\n  }\n": types.CountryImpactDocument,
    "\n  mutation CreateNationalLaw($input: CreateNationalLawInput!) {\n    createNationalLaw(input: $input) {\n      ...NationalLawDetails\n    }\n  }\n": types.CreateNationalLawDocument,
    "\n  mutation UpdateNationalLaw($input: UpdateNationalLawInput!) {\n    updateNationalLaw(input: $input) {\n      ...NationalLawDetails\n    }\n  }\n": types.UpdateNationalLawDocument,
    "\n  mutation DeleteNationalLaw($id: ID!) {\n    deleteNationalLaw(id: $id)\n  }\n": types.DeleteNationalLawDocument,
    "\n  query LeadRoutes {\n    leadRoutes {\n      from\n      to\n      leads\n      tlp\n      leadIds\n    }\n  }\n": types.LeadRoutesDocument,
    "\n  query CaseFlows($input: CaseFlowsInput!) {\n    caseFlows(input: $input) {\n      source\n      level\n      k\n      viewerIsOwner\n      perturbed\n      citation\n      flows {\n        from\n        to\n        count\n      }\n      suppressedFlows\n      suppressedRecords { ...ShownFigureFields }\n      unknownOrigin { ...ShownFigureFields }\n      unknownDestination { ...ShownFigureFields }\n      unknownBoth { ...ShownFigureFields }\n      total { ...ShownFigureFields }\n    }\n  }\n": types.CaseFlowsDocument,
    "\n  query OperationResults($operationId: ID) {\n    operationResults(operationId: $operationId) {\n      operationId\n      evaluations\n      k\n      citation\n      results {\n        field\n        label\n        total {\n          count\n          suppressed\n          label\n          threshold\n        }\n      }\n    }\n  }\n": types.OperationResultsDocument,
    "\n  query PalermoRatificationsByYear {\n    palermoRatificationsByYear {\n      years {\n        year\n        ratified\n        cumulative\n      }\n      citation\n    }\n  }\n": types.PalermoRatificationsByYearDocument,
    "\n  query TipTierDistribution {\n    tipTierDistribution {\n      years {\n        year\n        tier1\n        tier2\n        tier2WatchList\n        tier3\n        notRated\n      }\n      citation\n    }\n  }\n": types.TipTierDistributionDocument,
    "\n  query GlotipBreakdownOptions($country: String!) {\n    glotipBreakdownOptions(country: $country) {\n      indicator\n      year\n      breakdowns\n    }\n  }\n": types.GlotipBreakdownOptionsDocument,
    "\n  query GlotipBreakdown($input: GlotipBreakdownInput!) {\n    glotipBreakdown(input: $input) {\n      code\n      name\n      indicator\n      year\n      breakdown\n      rows {\n        category\n        sex\n        age\n        figure {\n          count\n          suppressed\n          published\n        }\n      }\n      total {\n        count\n        suppressed\n        published\n      }\n      suppressedRows\n      note\n      citation\n    }\n  }\n": types.GlotipBreakdownDocument,
    "\n  mutation RecordCase($input: RecordCaseInput!) {\n    recordCase(input: $input) {\n      id\n      indicator\n    }\n  }\n": types.RecordCaseDocument,
    "\n  query LeadStix($id: ID!) {\n    leadStix(id: $id)\n  }\n": types.LeadStixDocument,
    "\n  fragment TimingIndicatorsFields on TimingIndicatorsModel {\n    operationId\n    tasksOnTime { onTime late denominator excluded rate }\n    leadToAction { medianMs measured withoutAction }\n  }\n": types.TimingIndicatorsFieldsFragmentDoc,
    "\n  query OperationIndicators($operationId: ID!) {\n    operationIndicators(operationId: $operationId) {\n      operationId\n      k\n      viewerIsCoordinator\n      targets {\n        id\n        indicator\n        periodStart\n        periodEnd\n        target\n        achieved { count suppressed label }\n        progress\n      }\n      timing { ...TimingIndicatorsFields }\n      taskForceTiming { ...TimingIndicatorsFields }\n    }\n  }\n": types.OperationIndicatorsDocument,
    "\n  mutation SetOperationTarget($input: SetOperationTargetInput!) {\n    setOperationTarget(input: $input) {\n      id\n    }\n  }\n": types.SetOperationTargetDocument,
    "\n  mutation RemoveOperationTarget($id: ID!) {\n    removeOperationTarget(id: $id)\n  }\n": types.RemoveOperationTargetDocument,
    "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input)\n  }\n": types.SetPasswordWithTokenDocument,
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
export function graphql(source: "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      firstBrokenSeq\n      reason\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      firstBrokenSeq\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDataset($kind: DatasetKind!, $confirm: Boolean) {\n    importDataset(kind: $kind, confirm: $confirm) {\n      kind\n      source\n      inserted\n      updated\n      unchanged\n      removed\n      applied\n      confirmationNeeded\n      examples {\n        inserted\n        updated\n        removed\n      }\n      rejected {\n        line\n        sheet\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDataset($kind: DatasetKind!, $confirm: Boolean) {\n    importDataset(kind: $kind, confirm: $confirm) {\n      kind\n      source\n      inserted\n      updated\n      unchanged\n      removed\n      applied\n      confirmationNeeded\n      examples {\n        inserted\n        updated\n        removed\n      }\n      rejected {\n        line\n        sheet\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyPersonFields on Person {\n    id\n    email\n    displayName\n    roles\n    disabled\n    lastSignInAt\n    hasPassword\n  }\n"): (typeof documents)["\n  fragment AgencyPersonFields on Person {\n    id\n    email\n    displayName\n    roles\n    disabled\n    lastSignInAt\n    hasPassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyPeople($agencyId: ID) {\n    agencyPeople(agencyId: $agencyId) {\n      ...AgencyPersonFields\n    }\n  }\n"): (typeof documents)["\n  query AgencyPeople($agencyId: ID) {\n    agencyPeople(agencyId: $agencyId) {\n      ...AgencyPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        ...AgencyPersonFields\n      }\n      link\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        ...AgencyPersonFields\n      }\n      link\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePersonRoles($input: ChangePersonRolesInput!) {\n    changePersonRoles(input: $input) {\n      ...AgencyPersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePersonRoles($input: ChangePersonRolesInput!) {\n    changePersonRoles(input: $input) {\n      ...AgencyPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnablePerson($userId: ID!) {\n    enablePerson(userId: $userId) {\n      ...AgencyPersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnablePerson($userId: ID!) {\n    enablePerson(userId: $userId) {\n      ...AgencyPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasswordReset($userId: ID!) {\n    startPasswordReset(userId: $userId) {\n      person {\n        ...AgencyPersonFields\n      }\n      link\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasswordReset($userId: ID!) {\n    startPasswordReset(userId: $userId) {\n      person {\n        ...AgencyPersonFields\n      }\n      link\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDirectory {\n    agencies {\n      id\n      name\n      acronym\n      kind\n      country\n    }\n  }\n"): (typeof documents)["\n  query AgencyDirectory {\n    agencies {\n      id\n      name\n      acronym\n      kind\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n        name\n        acronym\n        kind\n        country\n      }\n      firstAdmin {\n        person {\n          ...AgencyPersonFields\n        }\n        link\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n        name\n        acronym\n        kind\n        country\n      }\n      firstAdmin {\n        person {\n          ...AgencyPersonFields\n        }\n        link\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on Agreement {\n    id\n    kind\n    title\n    article\n    parties {\n      kind\n      country\n      agencyId\n      agency {\n        id\n        acronym\n        name\n      }\n    }\n    dataCategories\n    purposes\n    inForceFrom\n    inForceTo\n    suspended\n    status\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AgreementFields on Agreement {\n    id\n    kind\n    title\n    article\n    parties {\n      kind\n      country\n      agencyId\n      agency {\n        id\n        acronym\n        name\n      }\n    }\n    dataCategories\n    purposes\n    inForceFrom\n    inForceTo\n    suspended\n    status\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleVersionFields on JurisdictionRuleVersion {\n    ruleId\n    version\n    effectiveFrom\n    effectiveTo\n    scopeJson\n    flows\n    whenJson\n    conditionJson\n    text\n    inEffect\n    retiredAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RuleVersionFields on JurisdictionRuleVersion {\n    ruleId\n    version\n    effectiveFrom\n    effectiveTo\n    scopeJson\n    flows\n    whenJson\n    conditionJson\n    text\n    inEffect\n    retiredAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleFields on JurisdictionRule {\n    id\n    currentVersion\n    retired\n    current {\n      ...RuleVersionFields\n    }\n    versions {\n      ...RuleVersionFields\n    }\n  }\n"): (typeof documents)["\n  fragment RuleFields on JurisdictionRule {\n    id\n    currentVersion\n    retired\n    current {\n      ...RuleVersionFields\n    }\n    versions {\n      ...RuleVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements {\n    agreements {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  query Agreements {\n    agreements {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionRules {\n    jurisdictionRules(includeHistory: true) {\n      ...RuleFields\n    }\n  }\n"): (typeof documents)["\n  query JurisdictionRules {\n    jurisdictionRules(includeHistory: true) {\n      ...RuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJurisdictionRule($input: CreateJurisdictionRuleInput!) {\n    createJurisdictionRule(input: $input) {\n      ...RuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJurisdictionRule($input: CreateJurisdictionRuleInput!) {\n    createJurisdictionRule(input: $input) {\n      ...RuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseJurisdictionRule($input: ReviseJurisdictionRuleInput!) {\n    reviseJurisdictionRule(input: $input) {\n      ...RuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseJurisdictionRule($input: ReviseJurisdictionRuleInput!) {\n    reviseJurisdictionRule(input: $input) {\n      ...RuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireJurisdictionRule($id: String!, $expectedVersion: Int!) {\n    retireJurisdictionRule(id: $id, expectedVersion: $expectedVersion) {\n      ...RuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetireJurisdictionRule($id: String!, $expectedVersion: Int!) {\n    retireJurisdictionRule(id: $id, expectedVersion: $expectedVersion) {\n      ...RuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadAuditTrail($leadId: ID!) {\n    leadAuditTrail(leadId: $leadId) {\n      seq\n      at\n      actorName\n      actorAgencyAcronym\n      action\n      subjectType\n      subjectId\n      reason\n      clientAddress\n      details\n      hash\n    }\n  }\n"): (typeof documents)["\n  query LeadAuditTrail($leadId: ID!) {\n    leadAuditTrail(leadId: $leadId) {\n      seq\n      at\n      actorName\n      actorAgencyAcronym\n      action\n      subjectType\n      subjectId\n      reason\n      clientAddress\n      details\n      hash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      secondFactorRequired\n      secondFactorMethods\n      passkeyOptions\n      challengeToken\n      challengeExpiresAt\n      secondFactorEnrolmentRequired\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      secondFactorRequired\n      secondFactorMethods\n      passkeyOptions\n      challengeToken\n      challengeExpiresAt\n      secondFactorEnrolmentRequired\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLanguage($input: SetMyLanguageInput!) {\n    setMyLanguage(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLanguage($input: SetMyLanguageInput!) {\n    setMyLanguage(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationMessages($operationId: ID!, $threadId: ID, $search: String, $first: Int, $beforeSeq: Int) {\n    operationMessages(operationId: $operationId, threadId: $threadId, search: $search, first: $first, beforeSeq: $beforeSeq) {\n      id\n      threadId\n      seq\n      body\n      tlp\n      handlingCode\n      handlingCondition\n      createdAt\n      editedAt\n      deletedAt\n      replyCount\n      viewerCanEdit\n      viewerCanDelete\n      author {\n        id\n        displayName\n      }\n      authorAgency {\n        id\n        acronym\n      }\n    }\n    operationUnreadMessageCount(operationId: $operationId)\n  }\n"): (typeof documents)["\n  query OperationMessages($operationId: ID!, $threadId: ID, $search: String, $first: Int, $beforeSeq: Int) {\n    operationMessages(operationId: $operationId, threadId: $threadId, search: $search, first: $first, beforeSeq: $beforeSeq) {\n      id\n      threadId\n      seq\n      body\n      tlp\n      handlingCode\n      handlingCondition\n      createdAt\n      editedAt\n      deletedAt\n      replyCount\n      viewerCanEdit\n      viewerCanDelete\n      author {\n        id\n        displayName\n      }\n      authorAgency {\n        id\n        acronym\n      }\n    }\n    operationUnreadMessageCount(operationId: $operationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostOperationMessage($input: PostOperationMessageInput!) {\n    postOperationMessage(input: $input) {\n      id\n      threadId\n    }\n  }\n"): (typeof documents)["\n  mutation PostOperationMessage($input: PostOperationMessageInput!) {\n    postOperationMessage(input: $input) {\n      id\n      threadId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditOperationMessage($input: EditOperationMessageInput!) {\n    editOperationMessage(input: $input) {\n      id\n      body\n      handlingCondition\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditOperationMessage($input: EditOperationMessageInput!) {\n    editOperationMessage(input: $input) {\n      id\n      body\n      handlingCondition\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOperationMessage($id: ID!) {\n    deleteOperationMessage(id: $id) {\n      id\n      body\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOperationMessage($id: ID!) {\n    deleteOperationMessage(id: $id) {\n      id\n      body\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOperationMessagesRead($operationId: ID!) {\n    markOperationMessagesRead(operationId: $operationId)\n  }\n"): (typeof documents)["\n  mutation MarkOperationMessagesRead($operationId: ID!) {\n    markOperationMessagesRead(operationId: $operationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachedFiles($attachedTo: FileAttachmentInput!) {\n    files(attachedTo: $attachedTo) {\n      id\n      name\n      size\n      sha256\n      tlp\n      handlingCode\n      handlingCondition\n      contentType\n      state\n      uploadedAt\n      expiresAt\n      deletedAt\n      deletedReason\n      integrityFailedAt\n      uploadedBy {\n        id\n        displayName\n      }\n      uploaderAgency {\n        id\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttachedFiles($attachedTo: FileAttachmentInput!) {\n    files(attachedTo: $attachedTo) {\n      id\n      name\n      size\n      sha256\n      tlp\n      handlingCode\n      handlingCondition\n      contentType\n      state\n      uploadedAt\n      expiresAt\n      deletedAt\n      deletedReason\n      integrityFailedAt\n      uploadedBy {\n        id\n        displayName\n      }\n      uploaderAgency {\n        id\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileCustody($fileId: ID!) {\n    fileCustody(fileId: $fileId) {\n      action\n      at\n      sha256\n      reason\n      intact\n      sha256Found\n      clientAddress\n      movedFrom {\n        kind\n        id\n      }\n      movedTo {\n        kind\n        id\n      }\n      actor {\n        id\n        displayName\n      }\n      agency {\n        id\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  query FileCustody($fileId: ID!) {\n    fileCustody(fileId: $fileId) {\n      action\n      at\n      sha256\n      reason\n      intact\n      sha256Found\n      clientAddress\n      movedFrom {\n        kind\n        id\n      }\n      movedTo {\n        kind\n        id\n      }\n      actor {\n        id\n        displayName\n      }\n      agency {\n        id\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOperationFileRetention($operationId: ID!, $days: Int!) {\n    setOperationFileRetention(operationId: $operationId, days: $days)\n  }\n"): (typeof documents)["\n  mutation SetOperationFileRetention($operationId: ID!, $days: Int!) {\n    setOperationFileRetention(operationId: $operationId, days: $days)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFileDownloadTicket($id: ID!) {\n    createFileDownloadTicket(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFileDownloadTicket($id: ID!) {\n    createFileDownloadTicket(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFile($id: ID!, $reason: String!) {\n    deleteFile(id: $id, reason: $reason) {\n      id\n      state\n      deletedAt\n      deletedReason\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteFile($id: ID!, $reason: String!) {\n    deleteFile(id: $id, reason: $reason) {\n      id\n      state\n      deletedAt\n      deletedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyFields on Agency {\n    id\n    name\n    acronym\n    kind\n    country\n  }\n"): (typeof documents)["\n  fragment AgencyFields on Agency {\n    id\n    name\n    acronym\n    kind\n    country\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyBadgeFields on Agency {\n    id\n    name\n    acronym\n    country\n  }\n"): (typeof documents)["\n  fragment AgencyBadgeFields on Agency {\n    id\n    name\n    acronym\n    country\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on User {\n    id\n    displayName\n    agency {\n      id\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on User {\n    id\n    displayName\n    agency {\n      id\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    email\n    displayName\n    roles\n    language\n    agency {\n      ...AgencyFields\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    email\n    displayName\n    roles\n    language\n    agency {\n      ...AgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCardFields on Task {\n    id\n    title\n    status\n    version\n    priority\n    pillar\n    dueAt\n    createdAt\n    updatedAt\n    assigneeAgency {\n      ...AgencyBadgeFields\n    }\n    assigneeUser {\n      id\n      displayName\n    }\n    viewerCanUpdateStatus\n    requiresAcknowledgement\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n      agency {\n        id\n        acronym\n      }\n    }\n    escalatedAt\n    assigneeLeft\n  }\n"): (typeof documents)["\n  fragment TaskCardFields on Task {\n    id\n    title\n    status\n    version\n    priority\n    pillar\n    dueAt\n    createdAt\n    updatedAt\n    assigneeAgency {\n      ...AgencyBadgeFields\n    }\n    assigneeUser {\n      id\n      displayName\n    }\n    viewerCanUpdateStatus\n    requiresAcknowledgement\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n      agency {\n        id\n        acronym\n      }\n    }\n    escalatedAt\n    assigneeLeft\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    body\n    textValues {\n      name\n      value\n    }\n    operationId\n    taskId\n    leadId\n    urgent\n    heldBack\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    body\n    textValues {\n      name\n      value\n    }\n    operationId\n    taskId\n    leadId\n    urgent\n    heldBack\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShownFigureFields on ShownFigure {\n    count\n    suppressed\n    label\n    threshold\n  }\n"): (typeof documents)["\n  fragment ShownFigureFields on ShownFigure {\n    count\n    suppressed\n    label\n    threshold\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorTable($input: IndicatorTableInput!) {\n    indicatorTable(input: $input) {\n      source\n      indicator\n      dimensions\n      categories\n      cells {\n        key\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n        ownCount\n      }\n      rowTotals {\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n      }\n      columnTotals {\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n      }\n      total {\n        count\n        suppressed\n        label\n        threshold\n      }\n      k\n      viewerIsOwner\n      percentages {\n        rows {\n          category\n          count\n          percent\n        }\n        denominator\n        unknown\n        note\n      }\n      rowPercentages {\n        columns\n        rows {\n          category\n          denominator\n          unknown\n          percents\n        }\n        total {\n          category\n          denominator\n          unknown\n          percents\n        }\n        note\n      }\n      citation\n    }\n  }\n"): (typeof documents)["\n  query IndicatorTable($input: IndicatorTableInput!) {\n    indicatorTable(input: $input) {\n      source\n      indicator\n      dimensions\n      categories\n      cells {\n        key\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n        ownCount\n      }\n      rowTotals {\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n      }\n      columnTotals {\n        count\n        suppressed\n        label\n        threshold\n        perturbed\n      }\n      total {\n        count\n        suppressed\n        label\n        threshold\n      }\n      k\n      viewerIsOwner\n      percentages {\n        rows {\n          category\n          count\n          percent\n        }\n        denominator\n        unknown\n        note\n      }\n      rowPercentages {\n        columns\n        rows {\n          category\n          denominator\n          unknown\n          percents\n        }\n        total {\n          category\n          denominator\n          unknown\n          percents\n        }\n        note\n      }\n      citation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorTableCsv($input: IndicatorTableInput!) {\n    indicatorTableCsv(input: $input)\n  }\n"): (typeof documents)["\n  query IndicatorTableCsv($input: IndicatorTableInput!) {\n    indicatorTableCsv(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormsNamedTable($input: IndicatorScopeInput!) {\n    formsNamedTable(input: $input) {\n      source\n      indicator\n      rows {\n        form\n        alone {\n          count\n          suppressed\n          label\n          threshold\n        }\n        named {\n          count\n          suppressed\n          label\n          threshold\n        }\n      }\n      severalForms {\n        count\n        suppressed\n        label\n        threshold\n      }\n      unknown {\n        count\n        suppressed\n        label\n        threshold\n      }\n      total {\n        count\n        suppressed\n        label\n        threshold\n      }\n      k\n      viewerIsOwner\n      note\n      citation\n    }\n  }\n"): (typeof documents)["\n  query FormsNamedTable($input: IndicatorScopeInput!) {\n    formsNamedTable(input: $input) {\n      source\n      indicator\n      rows {\n        form\n        alone {\n          count\n          suppressed\n          label\n          threshold\n        }\n        named {\n          count\n          suppressed\n          label\n          threshold\n        }\n      }\n      severalForms {\n        count\n        suppressed\n        label\n        threshold\n      }\n      unknown {\n        count\n        suppressed\n        label\n        threshold\n      }\n      total {\n        count\n        suppressed\n        label\n        threshold\n      }\n      k\n      viewerIsOwner\n      note\n      citation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormsNamedTableCsv($input: IndicatorScopeInput!) {\n    formsNamedTableCsv(input: $input)\n  }\n"): (typeof documents)["\n  query FormsNamedTableCsv($input: IndicatorScopeInput!) {\n    formsNamedTableCsv(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharingReasonFields on SharingReason {\n    code\n    source\n    ref\n    text\n    textValues {\n      name\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment SharingReasonFields on SharingReason {\n    code\n    source\n    ref\n    text\n    textValues {\n      name\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadShareFields on LeadShare {\n    id\n    leadId\n    recipientAgency {\n      ...AgencyFields\n    }\n    senderAgency {\n      ...AgencyFields\n    }\n    sharedBy {\n      ...PersonFields\n    }\n    purpose\n    outcome\n    status\n    redactedCategories\n    legalBasis {\n      kind\n      id\n      title\n      article\n    }\n    reasons {\n      ...SharingReasonFields\n    }\n    conditions {\n      ...SharingReasonFields\n    }\n    summary\n    decidedAt\n    approvalReason\n    approvalAt\n    revokedAt\n    lapsedAt\n    lapseReason\n    createdAt\n  }\n"): (typeof documents)["\n  fragment LeadShareFields on LeadShare {\n    id\n    leadId\n    recipientAgency {\n      ...AgencyFields\n    }\n    senderAgency {\n      ...AgencyFields\n    }\n    sharedBy {\n      ...PersonFields\n    }\n    purpose\n    outcome\n    status\n    redactedCategories\n    legalBasis {\n      kind\n      id\n      title\n      article\n    }\n    reasons {\n      ...SharingReasonFields\n    }\n    conditions {\n      ...SharingReasonFields\n    }\n    summary\n    decidedAt\n    approvalReason\n    approvalAt\n    revokedAt\n    lapsedAt\n    lapseReason\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads {\n    leadCount\n    leads {\n      id\n      summary\n      originatingAgency {\n        ...AgencyFields\n      }\n      formOfExploitation\n      route {\n        country\n        role\n      }\n      tlp\n      sourceReliability\n      informationCredibility\n      grade\n      handlingCodes\n      status\n      viewerIsOriginator\n      redaction {\n        categories\n      }\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Leads {\n    leadCount\n    leads {\n      id\n      summary\n      originatingAgency {\n        ...AgencyFields\n      }\n      formOfExploitation\n      route {\n        country\n        role\n      }\n      tlp\n      sourceReliability\n      informationCredibility\n      grade\n      handlingCodes\n      status\n      viewerIsOriginator\n      redaction {\n        categories\n      }\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lead($id: ID!) {\n    lead(id: $id) {\n      id\n      summary\n      details\n      operation {\n        id\n        name\n      }\n      originatingAgency {\n        ...AgencyFields\n      }\n      formOfExploitation\n      route {\n        country\n        role\n      }\n      dataCategories\n      tlp\n      sourceReliability\n      informationCredibility\n      grade\n      handlingCodes\n      handlingCondition\n      namedRecipients {\n        ...AgencyFields\n      }\n      status\n      version\n      persons {\n        id\n        role\n        name\n        pseudonym\n        description\n        hasIdentity\n      }\n      viewerIsOriginator\n      selectors {\n        id\n        kind\n        display\n        personId\n        createdAt\n      }\n      hitMode {\n        mode\n        isDefault\n        defaultReason\n        defaultExplanation\n        effectiveMode\n        reason\n        explanation\n      }\n      redaction {\n        categories\n        notice\n        reasons {\n          ...SharingReasonFields\n        }\n      }\n      shares {\n        ...LeadShareFields\n      }\n      linkedTasks {\n        id\n        title\n        status\n        operation {\n          id\n          name\n        }\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Lead($id: ID!) {\n    lead(id: $id) {\n      id\n      summary\n      details\n      operation {\n        id\n        name\n      }\n      originatingAgency {\n        ...AgencyFields\n      }\n      formOfExploitation\n      route {\n        country\n        role\n      }\n      dataCategories\n      tlp\n      sourceReliability\n      informationCredibility\n      grade\n      handlingCodes\n      handlingCondition\n      namedRecipients {\n        ...AgencyFields\n      }\n      status\n      version\n      persons {\n        id\n        role\n        name\n        pseudonym\n        description\n        hasIdentity\n      }\n      viewerIsOriginator\n      selectors {\n        id\n        kind\n        display\n        personId\n        createdAt\n      }\n      hitMode {\n        mode\n        isDefault\n        defaultReason\n        defaultExplanation\n        effectiveMode\n        reason\n        explanation\n      }\n      redaction {\n        categories\n        notice\n        reasons {\n          ...SharingReasonFields\n        }\n      }\n      shares {\n        ...LeadShareFields\n      }\n      linkedTasks {\n        id\n        title\n        status\n        operation {\n          id\n          name\n        }\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies {\n    agencies {\n      ...AgencyFields\n    }\n  }\n"): (typeof documents)["\n  query Agencies {\n    agencies {\n      ...AgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewLeadShare($input: ShareLeadInput!) {\n    previewLeadShare(input: $input) {\n      recipientAgency {\n        ...AgencyFields\n      }\n      outcome\n      redactedCategories\n      legalBasis {\n        kind\n        id\n        title\n        article\n      }\n      reasons {\n        ...SharingReasonFields\n      }\n      conditions {\n        ...SharingReasonFields\n      }\n      summary\n      purpose\n      at\n      existingShareStatus\n    }\n  }\n"): (typeof documents)["\n  query PreviewLeadShare($input: ShareLeadInput!) {\n    previewLeadShare(input: $input) {\n      recipientAgency {\n        ...AgencyFields\n      }\n      outcome\n      redactedCategories\n      legalBasis {\n        kind\n        id\n        title\n        article\n      }\n      reasons {\n        ...SharingReasonFields\n      }\n      conditions {\n        ...SharingReasonFields\n      }\n      summary\n      purpose\n      at\n      existingShareStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareLead($input: ShareLeadInput!) {\n    shareLead(input: $input) {\n      ...LeadShareFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareLead($input: ShareLeadInput!) {\n    shareLead(input: $input) {\n      ...LeadShareFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeLeadShare($shareId: ID!) {\n      revokeLeadShare(shareId: $shareId) {\n        ...LeadShareFields\n      }\n    }\n  "): (typeof documents)["\n    mutation RevokeLeadShare($shareId: ID!) {\n      revokeLeadShare(shareId: $shareId) {\n        ...LeadShareFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingLeadShareApprovals {\n    pendingLeadShareApprovals {\n      ...LeadShareFields\n    }\n    leads {\n      id\n      summary\n      tlp\n      grade\n      sourceReliability\n      informationCredibility\n    }\n  }\n"): (typeof documents)["\n  query PendingLeadShareApprovals {\n    pendingLeadShareApprovals {\n      ...LeadShareFields\n    }\n    leads {\n      id\n      summary\n      tlp\n      grade\n      sourceReliability\n      informationCredibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideLeadShareApproval($input: DecideLeadShareApprovalInput!) {\n    decideLeadShareApproval(input: $input) {\n      ...LeadShareFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideLeadShareApproval($input: DecideLeadShareApprovalInput!) {\n    decideLeadShareApproval(input: $input) {\n      ...LeadShareFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPotentialVictim($input: RevealPotentialVictimInput!) {\n    revealPotentialVictim(input: $input) {\n      personId\n      pseudonym\n      fullName\n      dateOfBirth\n      nationality\n    }\n  }\n"): (typeof documents)["\n  mutation RevealPotentialVictim($input: RevealPotentialVictimInput!) {\n    revealPotentialVictim(input: $input) {\n      personId\n      pseudonym\n      fullName\n      dateOfBirth\n      nationality\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      status\n      version\n      summary\n      details\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      status\n      version\n      summary\n      details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLeads($text: String!) {\n    searchLeadCount(text: $text)\n    searchLeads(text: $text) {\n      id\n      summary\n    }\n  }\n"): (typeof documents)["\n  query SearchLeads($text: String!) {\n    searchLeadCount(text: $text)\n    searchLeads(text: $text) {\n      id\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadLinkableTasks($operationId: ID!) {\n    operation(id: $operationId) {\n      id\n      viewerIsCoordinator\n    }\n    tasks(operationId: $operationId) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query LeadLinkableTasks($operationId: ID!) {\n    operation(id: $operationId) {\n      id\n      viewerIsCoordinator\n    }\n    tasks(operationId: $operationId) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTaskToLead($input: LinkTaskToLeadInput!) {\n    linkTaskToLead(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinkTaskToLead($input: LinkTaskToLeadInput!) {\n    linkTaskToLead(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkTaskFromLead($taskId: ID!) {\n    unlinkTaskFromLead(taskId: $taskId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkTaskFromLead($taskId: ID!) {\n    unlinkTaskFromLead(taskId: $taskId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadFormOperations {\n    operations {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  query LeadFormOperations {\n    operations {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelectorMatchFields on SelectorMatch {\n    kind\n    hit\n    holders {\n      ...AgencyFields\n    }\n  }\n"): (typeof documents)["\n  fragment SelectorMatchFields on SelectorMatch {\n    kind\n    hit\n    holders {\n      ...AgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLeadSelector($input: AddLeadSelectorInput!) {\n    addLeadSelector(input: $input) {\n      selector {\n        id\n        kind\n        display\n      }\n      match {\n        ...SelectorMatchFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddLeadSelector($input: AddLeadSelectorInput!) {\n    addLeadSelector(input: $input) {\n      selector {\n        id\n        kind\n        display\n      }\n      match {\n        ...SelectorMatchFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLeadSelector($id: ID!) {\n    removeLeadSelector(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveLeadSelector($id: ID!) {\n    removeLeadSelector(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeadHitMode($input: SetLeadHitModeInput!) {\n    setLeadHitMode(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetLeadHitMode($input: SetLeadHitModeInput!) {\n    setLeadHitMode(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuerySelector($input: QuerySelectorInput!) {\n    querySelector(input: $input) {\n      ...SelectorMatchFields\n    }\n  }\n"): (typeof documents)["\n  query QuerySelector($input: QuerySelectorInput!) {\n    querySelector(input: $input) {\n      ...SelectorMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectorQueryBudget {\n    selectorQueryBudget {\n      personRemaining\n      agencyRemaining\n      personLimit\n      agencyLimit\n    }\n  }\n"): (typeof documents)["\n  query SelectorQueryBudget {\n    selectorQueryBudget {\n      personRemaining\n      agencyRemaining\n      personLimit\n      agencyLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeconflictionCaseFields on DeconflictionCase {\n    id\n    side\n    selectorKind\n    queryingAgency {\n      ...AgencyFields\n    }\n    holderAgency {\n      ...AgencyFields\n    }\n    ownLeadId\n    hits\n    createdAt\n    lastHitAt\n    holderDisclosed\n    holderKnown\n    contacts {\n      id\n      fromSide\n      fromAgency {\n        ...AgencyFields\n      }\n      message\n      createdAt\n    }\n    leadRequests {\n      id\n      status\n      purpose\n      reason\n      requestingAgency {\n        ...AgencyFields\n      }\n      requestedAt\n      decidedAt\n      decisionReason\n      outcome\n      redactedCategories\n      reasons {\n        ...SharingReasonFields\n      }\n      sharedLeadId\n    }\n  }\n"): (typeof documents)["\n  fragment DeconflictionCaseFields on DeconflictionCase {\n    id\n    side\n    selectorKind\n    queryingAgency {\n      ...AgencyFields\n    }\n    holderAgency {\n      ...AgencyFields\n    }\n    ownLeadId\n    hits\n    createdAt\n    lastHitAt\n    holderDisclosed\n    holderKnown\n    contacts {\n      id\n      fromSide\n      fromAgency {\n        ...AgencyFields\n      }\n      message\n      createdAt\n    }\n    leadRequests {\n      id\n      status\n      purpose\n      reason\n      requestingAgency {\n        ...AgencyFields\n      }\n      requestedAt\n      decidedAt\n      decisionReason\n      outcome\n      redactedCategories\n      reasons {\n        ...SharingReasonFields\n      }\n      sharedLeadId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeconflictionCases {\n    deconflictionCases {\n      ...DeconflictionCaseFields\n    }\n  }\n"): (typeof documents)["\n  query DeconflictionCases {\n    deconflictionCases {\n      ...DeconflictionCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeDeconflictionContact($input: ProposeDeconflictionContactInput!) {\n    proposeDeconflictionContact(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeDeconflictionContact($input: ProposeDeconflictionContactInput!) {\n    proposeDeconflictionContact(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDeconflictionLead($input: RequestDeconflictionLeadInput!) {\n    requestDeconflictionLead(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDeconflictionLead($input: RequestDeconflictionLeadInput!) {\n    requestDeconflictionLead(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDeconflictionLeadRequest($input: DecideDeconflictionLeadRequestInput!) {\n    decideDeconflictionLeadRequest(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDeconflictionLeadRequest($input: DecideDeconflictionLeadRequestInput!) {\n    decideDeconflictionLeadRequest(input: $input) {\n      ...DeconflictionCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeconflictionLeadRequestPreview($requestId: ID!) {\n    deconflictionLeadRequestPreview(requestId: $requestId) {\n      recipientAgency {\n        ...AgencyFields\n      }\n      outcome\n      redactedCategories\n      legalBasis {\n        kind\n        id\n        title\n        article\n      }\n      reasons {\n        ...SharingReasonFields\n      }\n      conditions {\n        ...SharingReasonFields\n      }\n      summary\n      purpose\n      at\n      existingShareStatus\n    }\n  }\n"): (typeof documents)["\n  query DeconflictionLeadRequestPreview($requestId: ID!) {\n    deconflictionLeadRequestPreview(requestId: $requestId) {\n      recipientAgency {\n        ...AgencyFields\n      }\n      outcome\n      redactedCategories\n      legalBasis {\n        kind\n        id\n        title\n        article\n      }\n      reasons {\n        ...SharingReasonFields\n      }\n      conditions {\n        ...SharingReasonFields\n      }\n      summary\n      purpose\n      at\n      existingShareStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $take: Int) {\n    notifications(unreadOnly: $unreadOnly, take: $take) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean, $take: Int) {\n    notifications(unreadOnly: $unreadOnly, take: $take) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      mutedTypes\n      mutedOperationIds\n      quietHoursStart\n      quietHoursEnd\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      mutedTypes\n      mutedOperationIds\n      quietHoursStart\n      quietHoursEnd\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      mutedTypes\n      mutedOperationIds\n      quietHoursStart\n      quietHoursEnd\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      mutedTypes\n      mutedOperationIds\n      quietHoursStart\n      quietHoursEnd\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationDigest {\n    notificationDigest {\n      until\n      count\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationDigest {\n    notificationDigest {\n      until\n      count\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestNotification {\n    notifications(take: 1) {\n      id\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query LatestNotification {\n    notifications(take: 1) {\n      id\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Operations {\n    operations {\n      id\n      name\n      description\n      status\n      countries\n      formsOfExploitation\n      leadAgency {\n        ...AgencyFields\n      }\n      participatingAgencies {\n        ...AgencyFields\n      }\n      viewerIsCoordinator\n      createdAt\n      taskColumns {\n        status\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query Operations {\n    operations {\n      id\n      name\n      description\n      status\n      countries\n      formsOfExploitation\n      leadAgency {\n        ...AgencyFields\n      }\n      participatingAgencies {\n        ...AgencyFields\n      }\n      viewerIsCoordinator\n      createdAt\n      taskColumns {\n        status\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationInvitationFields on OperationInvitation {\n    id\n    status\n    role\n    message\n    agency {\n      id\n      acronym\n      name\n    }\n    invitedBy\n    createdAt\n    expiresAt\n    respondedAt\n    respondedBy\n    responseReason\n    answerers\n  }\n"): (typeof documents)["\n  fragment OperationInvitationFields on OperationInvitation {\n    id\n    status\n    role\n    message\n    agency {\n      id\n      acronym\n      name\n    }\n    invitedBy\n    createdAt\n    expiresAt\n    respondedAt\n    respondedBy\n    responseReason\n    answerers\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationBoard($id: ID!, $first: Int, $filter: TaskFilterInput) {\n    operation(id: $id) {\n      id\n      name\n      description\n      status\n      countries\n      formsOfExploitation\n      leadAgency {\n        ...AgencyFields\n      }\n      participatingAgencies {\n        ...AgencyFields\n      }\n      coordinators {\n        ...PersonFields\n      }\n      viewerIsCoordinator\n      escalationMinutes\n      fileRetentionDays\n      createdAt\n      purpose\n      version\n      startsOn\n      endsOn\n      legalBasisAgreementId\n      legalBasisCitation\n      evaluationFinalisedAt\n      participants {\n        agency {\n          ...AgencyFields\n        }\n        role\n        isLead\n        joinedAt\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        detail\n        reason\n        at\n        actor {\n          ...PersonFields\n        }\n        agency {\n          id\n          acronym\n        }\n      }\n      invitations {\n        ...OperationInvitationFields\n      }\n      taskAssignees {\n        id\n        displayName\n        agency {\n          id\n          acronym\n        }\n      }\n      taskColumns(filter: $filter) {\n        status\n        total\n        tasks(first: $first) {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationBoard($id: ID!, $first: Int, $filter: TaskFilterInput) {\n    operation(id: $id) {\n      id\n      name\n      description\n      status\n      countries\n      formsOfExploitation\n      leadAgency {\n        ...AgencyFields\n      }\n      participatingAgencies {\n        ...AgencyFields\n      }\n      coordinators {\n        ...PersonFields\n      }\n      viewerIsCoordinator\n      escalationMinutes\n      fileRetentionDays\n      createdAt\n      purpose\n      version\n      startsOn\n      endsOn\n      legalBasisAgreementId\n      legalBasisCitation\n      evaluationFinalisedAt\n      participants {\n        agency {\n          ...AgencyFields\n        }\n        role\n        isLead\n        joinedAt\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        detail\n        reason\n        at\n        actor {\n          ...PersonFields\n        }\n        agency {\n          id\n          acronym\n        }\n      }\n      invitations {\n        ...OperationInvitationFields\n      }\n      taskAssignees {\n        id\n        displayName\n        agency {\n          id\n          acronym\n        }\n      }\n      taskColumns(filter: $filter) {\n        status\n        total\n        tasks(first: $first) {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationTaskExport($id: ID!, $filter: TaskFilterInput, $first: Int, $after: ID) {\n    operation(id: $id) {\n      id\n      taskColumns(filter: $filter) {\n        status\n        total\n        tasks(first: $first, after: $after) {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationTaskExport($id: ID!, $filter: TaskFilterInput, $first: Int, $after: ID) {\n    operation(id: $id) {\n      id\n      taskColumns(filter: $filter) {\n        status\n        total\n        tasks(first: $first, after: $after) {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableUsers($operationId: ID!, $agencyId: ID!) {\n    assignableUsers(operationId: $operationId, agencyId: $agencyId) {\n      id\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query AssignableUsers($operationId: ID!, $agencyId: ID!) {\n    assignableUsers(operationId: $operationId, agencyId: $agencyId) {\n      id\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOperationEscalationMinutes($operationId: ID!, $minutes: Int!) {\n    setOperationEscalationMinutes(operationId: $operationId, minutes: $minutes) {\n      id\n      escalationMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation SetOperationEscalationMinutes($operationId: ID!, $minutes: Int!) {\n    setOperationEscalationMinutes(operationId: $operationId, minutes: $minutes) {\n      id\n      escalationMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalBasisAgreements {\n    agreements {\n      id\n      title\n      article\n      status\n    }\n  }\n"): (typeof documents)["\n  query LegalBasisAgreements {\n    agreements {\n      id\n      title\n      article\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOperation($input: CreateOperationInput!) {\n    createOperation(input: $input) {\n      id\n      name\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOperation($input: CreateOperationInput!) {\n    createOperation(input: $input) {\n      id\n      name\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOperation($input: UpdateOperationInput!) {\n    updateOperation(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOperation($input: UpdateOperationInput!) {\n    updateOperation(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOperationStatus($input: ChangeOperationStatusInput!) {\n    changeOperationStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOperationStatus($input: ChangeOperationStatusInput!) {\n    changeOperationStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAgencyToOperation($input: InviteAgencyToOperationInput!) {\n    inviteAgencyToOperation(input: $input) {\n      ...OperationInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteAgencyToOperation($input: InviteAgencyToOperationInput!) {\n    inviteAgencyToOperation(input: $input) {\n      ...OperationInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOperationInvitation($invitationId: ID!, $reason: String) {\n    withdrawOperationInvitation(invitationId: $invitationId, reason: $reason) {\n      ...OperationInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOperationInvitation($invitationId: ID!, $reason: String) {\n    withdrawOperationInvitation(invitationId: $invitationId, reason: $reason) {\n      ...OperationInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationInvitations {\n    operationInvitations {\n      id\n      status\n      role\n      message\n      operation {\n        id\n        name\n        purpose\n        status\n        startsOn\n        endsOn\n        leadAgency {\n          id\n          acronym\n          name\n        }\n      }\n      agency {\n        id\n        acronym\n      }\n      invitedBy\n      createdAt\n      expiresAt\n      respondedAt\n      respondedBy\n      responseReason\n    }\n  }\n"): (typeof documents)["\n  query OperationInvitations {\n    operationInvitations {\n      id\n      status\n      role\n      message\n      operation {\n        id\n        name\n        purpose\n        status\n        startsOn\n        endsOn\n        leadAgency {\n          id\n          acronym\n          name\n        }\n      }\n      agency {\n        id\n        acronym\n      }\n      invitedBy\n      createdAt\n      expiresAt\n      respondedAt\n      respondedBy\n      responseReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToOperationInvitation($input: RespondToOperationInvitationInput!) {\n    respondToOperationInvitation(input: $input) {\n      id\n      status\n      respondedAt\n      respondedBy\n      responseReason\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToOperationInvitation($input: RespondToOperationInvitationInput!) {\n    respondToOperationInvitation(input: $input) {\n      id\n      status\n      respondedAt\n      respondedBy\n      responseReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOperation($operationId: ID!) {\n    leaveOperation(operationId: $operationId)\n  }\n"): (typeof documents)["\n  mutation LeaveOperation($operationId: ID!) {\n    leaveOperation(operationId: $operationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgencyFromOperation($operationId: ID!, $agencyId: ID!) {\n    removeAgencyFromOperation(operationId: $operationId, agencyId: $agencyId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgencyFromOperation($operationId: ID!, $agencyId: ID!) {\n    removeAgencyFromOperation(operationId: $operationId, agencyId: $agencyId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointOperationCoordinator($operationId: ID!, $userId: ID!) {\n    appointOperationCoordinator(operationId: $operationId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AppointOperationCoordinator($operationId: ID!, $userId: ID!) {\n    appointOperationCoordinator(operationId: $operationId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandDownOperationCoordinator($operationId: ID!, $userId: ID!) {\n    standDownOperationCoordinator(operationId: $operationId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StandDownOperationCoordinator($operationId: ID!, $userId: ID!) {\n    standDownOperationCoordinator(operationId: $operationId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InformationRequests($operationId: ID!) {\n    informationRequests(operationId: $operationId) {\n      id\n      subject\n      body\n      priority\n      dueAt\n      tlp\n      handlingCode\n      handlingCondition\n      status\n      createdAt\n      acknowledgedAt\n      answeredAt\n      answer\n      escalatedAt\n      overdue\n      viewerCanRespond\n      fromAgency {\n        id\n        acronym\n      }\n      toAgency {\n        id\n        acronym\n      }\n      sender {\n        id\n        displayName\n      }\n      acknowledgedBy {\n        id\n        displayName\n      }\n      answeredBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query InformationRequests($operationId: ID!) {\n    informationRequests(operationId: $operationId) {\n      id\n      subject\n      body\n      priority\n      dueAt\n      tlp\n      handlingCode\n      handlingCondition\n      status\n      createdAt\n      acknowledgedAt\n      answeredAt\n      answer\n      escalatedAt\n      overdue\n      viewerCanRespond\n      fromAgency {\n        id\n        acronym\n      }\n      toAgency {\n        id\n        acronym\n      }\n      sender {\n        id\n        displayName\n      }\n      acknowledgedBy {\n        id\n        displayName\n      }\n      answeredBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInformationRequest($input: SendInformationRequestInput!) {\n    sendInformationRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendInformationRequest($input: SendInformationRequestInput!) {\n    sendInformationRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeInformationRequest($id: ID!) {\n    acknowledgeInformationRequest(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeInformationRequest($id: ID!) {\n    acknowledgeInformationRequest(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {\n    answerInformationRequest(input: $input) {\n      id\n      status\n      answer\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {\n    answerInformationRequest(input: $input) {\n      id\n      status\n      answer\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceSearch($text: String!) {\n    searchOperations(text: $text) {\n      id\n      name\n      status\n    }\n    searchTasks(text: $text) {\n      id\n      title\n      status\n      operation {\n        id\n        name\n      }\n    }\n    searchLeadCount(text: $text)\n    searchLeads(text: $text) {\n      id\n      summary\n    }\n    searchMessages(text: $text) {\n      id\n      body\n      operationId\n      tlp\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceSearch($text: String!) {\n    searchOperations(text: $text) {\n      id\n      name\n      status\n    }\n    searchTasks(text: $text) {\n      id\n      title\n      status\n      operation {\n        id\n        name\n      }\n    }\n    searchLeadCount(text: $text)\n    searchLeads(text: $text) {\n      id\n      summary\n    }\n    searchMessages(text: $text) {\n      id\n      body\n      operationId\n      tlp\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginSecondFactor($input: LoginSecondFactorInput!) {\n    loginSecondFactor(input: $input) {\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginSecondFactor($input: LoginSecondFactorInput!) {\n    loginSecondFactor(input: $input) {\n      accessTokenExpiresAt\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecondFactor {\n    mySecondFactor {\n      enabled\n      totpEnabled\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n        transports\n      }\n      enabledAt\n      enrolmentRequired\n      requiredByAgency\n      requiredForAdmins\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query MySecondFactor {\n    mySecondFactor {\n      enabled\n      totpEnabled\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n        transports\n      }\n      enabledAt\n      enrolmentRequired\n      requiredByAgency\n      requiredForAdmins\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input)\n  }\n"): (typeof documents)["\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      reauthenticatedAt\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      reauthenticatedAt\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgencySecondFactorRequired($required: Boolean!) {\n    setAgencySecondFactorRequired(required: $required)\n  }\n"): (typeof documents)["\n  mutation SetAgencySecondFactorRequired($required: Boolean!) {\n    setAgencySecondFactorRequired(required: $required)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAdminSecondFactorRequired($required: Boolean!) {\n    setAdminSecondFactorRequired(required: $required)\n  }\n"): (typeof documents)["\n  mutation SetAdminSecondFactorRequired($required: Boolean!) {\n    setAdminSecondFactorRequired(required: $required)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPasskeys {\n    mySecondFactor {\n      passkeys {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPasskeys {\n    mySecondFactor {\n      passkeys {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      optionsJson\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      optionsJson\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      id\n      name\n      createdAt\n      lastUsedAt\n      transports\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      id\n      name\n      createdAt\n      lastUsedAt\n      transports\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      optionsJson\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      optionsJson\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    myTasks {\n      ...TaskCardFields\n      operation {\n        id\n        name\n        escalationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    myTasks {\n      ...TaskCardFields\n      operation {\n        id\n        name\n        escalationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCardFields\n      description\n      createdAt\n      operation {\n        id\n        name\n        status\n        escalationMinutes\n        viewerIsCoordinator\n      }\n      lead {\n        id\n        summary\n        tlp\n      }\n      createdBy {\n        ...PersonFields\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          ...PersonFields\n        }\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        detail\n        at\n        actor {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCardFields\n      description\n      createdAt\n      operation {\n        id\n        name\n        status\n        escalationMinutes\n        viewerIsCoordinator\n      }\n      lead {\n        id\n        summary\n        tlp\n      }\n      createdBy {\n        ...PersonFields\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          ...PersonFields\n        }\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        detail\n        at\n        actor {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaskStatus($input: UpdateTaskStatusInput!) {\n    updateTaskStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTaskStatus($input: UpdateTaskStatusInput!) {\n    updateTaskStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n      body\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n      body\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeTask($taskId: ID!) {\n    acknowledgeTask(taskId: $taskId) {\n      ...TaskCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeTask($taskId: ID!) {\n    acknowledgeTask(taskId: $taskId) {\n      ...TaskCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationSectionFields on EvaluationSection {\n    agency { id acronym name } role written version objectivesMet objectivesNote\n    arrests { ...ShownFigureFields } potentialVictimsIdentified { ...ShownFigureFields } victimsReferredToAssistance { ...ShownFigureFields }\n    seizures { ...ShownFigureFields } prosecutionsStarted { ...ShownFigureFields } convictions { ...ShownFigureFields }\n    legalObstacles practicalObstacles languageObstacles informationExchangeObstacles addedValue lessonsLearned\n    updatedAt updatedBy { displayName } viewerCanEdit\n  }\n"): (typeof documents)["\n  fragment EvaluationSectionFields on EvaluationSection {\n    agency { id acronym name } role written version objectivesMet objectivesNote\n    arrests { ...ShownFigureFields } potentialVictimsIdentified { ...ShownFigureFields } victimsReferredToAssistance { ...ShownFigureFields }\n    seizures { ...ShownFigureFields } prosecutionsStarted { ...ShownFigureFields } convictions { ...ShownFigureFields }\n    legalObstacles practicalObstacles languageObstacles informationExchangeObstacles addedValue lessonsLearned\n    updatedAt updatedBy { displayName } viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationEvaluationFields on OperationEvaluation {\n    operationId finalisedAt finalisedBy { displayName } viewerCanFinalise k citation\n    missingAgencies { id acronym } totals { field label total { ...ShownFigureFields } }\n    sections { ...EvaluationSectionFields }\n  }\n"): (typeof documents)["\n  fragment OperationEvaluationFields on OperationEvaluation {\n    operationId finalisedAt finalisedBy { displayName } viewerCanFinalise k citation\n    missingAgencies { id acronym } totals { field label total { ...ShownFigureFields } }\n    sections { ...EvaluationSectionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationEvaluation($id: ID!) {\n    operation(id: $id) { id name status version viewerIsCoordinator evaluationFinalisedAt }\n    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }\n  }\n"): (typeof documents)["\n  query OperationEvaluation($id: ID!) {\n    operation(id: $id) { id name status version viewerIsCoordinator evaluationFinalisedAt }\n    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvaluationSection($input: UpdateEvaluationSectionInput!) {\n    updateEvaluationSection(input: $input) { ...EvaluationSectionFields }\n  }\n"): (typeof documents)["\n  mutation UpdateEvaluationSection($input: UpdateEvaluationSectionInput!) {\n    updateEvaluationSection(input: $input) { ...EvaluationSectionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseOperationEvaluation($id: ID!) {\n    finaliseOperationEvaluation(operationId: $id) { operationId finalisedAt }\n  }\n"): (typeof documents)["\n  mutation FinaliseOperationEvaluation($id: ID!) {\n    finaliseOperationEvaluation(operationId: $id) { operationId finalisedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOperation($input: ChangeOperationStatusInput!) {\n    changeOperationStatus(input: $input) { id status version }\n  }\n"): (typeof documents)["\n  mutation CloseOperation($input: ChangeOperationStatusInput!) {\n    changeOperationStatus(input: $input) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationReport($id: ID!) {\n    operation(id: $id) {\n      id name status purpose description countries formsOfExploitation startsOn endsOn legalBasisCitation\n      participants { agency { id acronym name country } role isLead joinedAt }\n      history { id action detail reason at actor { displayName } }\n      tasks { id pillar status dueAt }\n    }\n    operationIndicators(operationId: $id) {\n      k\n      targets { id indicator periodStart periodEnd target achieved { ...ShownFigureFields } progress }\n      timing { tasksOnTime { onTime late denominator excluded rate } }\n    }\n    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }\n    operationResults(operationId: $id) { evaluations k citation results { field label total { ...ShownFigureFields } } }\n  }\n"): (typeof documents)["\n  query OperationReport($id: ID!) {\n    operation(id: $id) {\n      id name status purpose description countries formsOfExploitation startsOn endsOn legalBasisCitation\n      participants { agency { id acronym name country } role isLead joinedAt }\n      history { id action detail reason at actor { displayName } }\n      tasks { id pillar status dueAt }\n    }\n    operationIndicators(operationId: $id) {\n      k\n      targets { id indicator periodStart periodEnd target achieved { ...ShownFigureFields } progress }\n      timing { tasksOnTime { onTime late denominator excluded rate } }\n    }\n    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }\n    operationResults(operationId: $id) { evaluations k citation results { field label total { ...ShownFigureFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NationalLawDetails on NationalLawModel {\n    id\n    country\n    title\n    reference\n    adoptedOn\n    enteredIntoForceOn\n    summary\n    sourceUrl\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment NationalLawDetails on NationalLawModel {\n    id\n    country\n    title\n    reference\n    adoptedOn\n    enteredIntoForceOn\n    summary\n    sourceUrl\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryList {\n    countryList {\n      code\n      name\n      agencies\n      nationalLaws\n      tipTierYears\n      hasGlotip\n      palermoRatificationYear\n    }\n  }\n"): (typeof documents)["\n  query CountryList {\n    countryList {\n      code\n      name\n      agencies\n      nationalLaws\n      tipTierYears\n      hasGlotip\n      palermoRatificationYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryProfile($code: String!) {\n    countryProfile(code: $code) {\n      code\n      alpha3\n      name\n      palermoRatificationYear\n      palermoDataPresent\n      tipTiers {\n        year\n        tier\n        source\n      }\n      agencies {\n        id\n        name\n        acronym\n      }\n      jointOperations\n      nationalLaws {\n        ...NationalLawDetails\n      }\n      agreementsInForce {\n        id\n        kind\n        title\n        article\n        inForceFrom\n        inForceTo\n        parties {\n          kind\n          country\n          agencyId\n          agencyName\n        }\n      }\n      jurisdictionRules {\n        id\n        version\n        text\n        flows\n        effectiveFrom\n        effectiveTo\n      }\n      asOf\n      citations\n    }\n  }\n"): (typeof documents)["\n  query CountryProfile($code: String!) {\n    countryProfile(code: $code) {\n      code\n      alpha3\n      name\n      palermoRatificationYear\n      palermoDataPresent\n      tipTiers {\n        year\n        tier\n        source\n      }\n      agencies {\n        id\n        name\n        acronym\n      }\n      jointOperations\n      nationalLaws {\n        ...NationalLawDetails\n      }\n      agreementsInForce {\n        id\n        kind\n        title\n        article\n        inForceFrom\n        inForceTo\n        parties {\n          kind\n          country\n          agencyId\n          agencyName\n        }\n      }\n      jurisdictionRules {\n        id\n        version\n        text\n        flows\n        effectiveFrom\n        effectiveTo\n      }\n      asOf\n      citations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryImpact($code: String!) {\n    countryImpact(code: $code) {\n      code\n      name\n      years {\n        year\n        tipTier\n        detectedVictims {\n          count\n          suppressed\n          published\n        }\n        personsProsecuted {\n          count\n          suppressed\n          published\n        }\n        personsConvicted {\n          count\n          suppressed\n          published\n        }\n      }\n      lawMarkers {\n        id\n        title\n        enteredIntoForceOn\n      }\n      citations\n    }\n  }\n"): (typeof documents)["\n  query CountryImpact($code: String!) {\n    countryImpact(code: $code) {\n      code\n      name\n      years {\n        year\n        tipTier\n        detectedVictims {\n          count\n          suppressed\n          published\n        }\n        personsProsecuted {\n          count\n          suppressed\n          published\n        }\n        personsConvicted {\n          count\n          suppressed\n          published\n        }\n      }\n      lawMarkers {\n        id\n        title\n        enteredIntoForceOn\n      }\n      citations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNationalLaw($input: CreateNationalLawInput!) {\n    createNationalLaw(input: $input) {\n      ...NationalLawDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNationalLaw($input: CreateNationalLawInput!) {\n    createNationalLaw(input: $input) {\n      ...NationalLawDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNationalLaw($input: UpdateNationalLawInput!) {\n    updateNationalLaw(input: $input) {\n      ...NationalLawDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNationalLaw($input: UpdateNationalLawInput!) {\n    updateNationalLaw(input: $input) {\n      ...NationalLawDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNationalLaw($id: ID!) {\n    deleteNationalLaw(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNationalLaw($id: ID!) {\n    deleteNationalLaw(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadRoutes {\n    leadRoutes {\n      from\n      to\n      leads\n      tlp\n      leadIds\n    }\n  }\n"): (typeof documents)["\n  query LeadRoutes {\n    leadRoutes {\n      from\n      to\n      leads\n      tlp\n      leadIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFlows($input: CaseFlowsInput!) {\n    caseFlows(input: $input) {\n      source\n      level\n      k\n      viewerIsOwner\n      perturbed\n      citation\n      flows {\n        from\n        to\n        count\n      }\n      suppressedFlows\n      suppressedRecords { ...ShownFigureFields }\n      unknownOrigin { ...ShownFigureFields }\n      unknownDestination { ...ShownFigureFields }\n      unknownBoth { ...ShownFigureFields }\n      total { ...ShownFigureFields }\n    }\n  }\n"): (typeof documents)["\n  query CaseFlows($input: CaseFlowsInput!) {\n    caseFlows(input: $input) {\n      source\n      level\n      k\n      viewerIsOwner\n      perturbed\n      citation\n      flows {\n        from\n        to\n        count\n      }\n      suppressedFlows\n      suppressedRecords { ...ShownFigureFields }\n      unknownOrigin { ...ShownFigureFields }\n      unknownDestination { ...ShownFigureFields }\n      unknownBoth { ...ShownFigureFields }\n      total { ...ShownFigureFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationResults($operationId: ID) {\n    operationResults(operationId: $operationId) {\n      operationId\n      evaluations\n      k\n      citation\n      results {\n        field\n        label\n        total {\n          count\n          suppressed\n          label\n          threshold\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationResults($operationId: ID) {\n    operationResults(operationId: $operationId) {\n      operationId\n      evaluations\n      k\n      citation\n      results {\n        field\n        label\n        total {\n          count\n          suppressed\n          label\n          threshold\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PalermoRatificationsByYear {\n    palermoRatificationsByYear {\n      years {\n        year\n        ratified\n        cumulative\n      }\n      citation\n    }\n  }\n"): (typeof documents)["\n  query PalermoRatificationsByYear {\n    palermoRatificationsByYear {\n      years {\n        year\n        ratified\n        cumulative\n      }\n      citation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipTierDistribution {\n    tipTierDistribution {\n      years {\n        year\n        tier1\n        tier2\n        tier2WatchList\n        tier3\n        notRated\n      }\n      citation\n    }\n  }\n"): (typeof documents)["\n  query TipTierDistribution {\n    tipTierDistribution {\n      years {\n        year\n        tier1\n        tier2\n        tier2WatchList\n        tier3\n        notRated\n      }\n      citation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlotipBreakdownOptions($country: String!) {\n    glotipBreakdownOptions(country: $country) {\n      indicator\n      year\n      breakdowns\n    }\n  }\n"): (typeof documents)["\n  query GlotipBreakdownOptions($country: String!) {\n    glotipBreakdownOptions(country: $country) {\n      indicator\n      year\n      breakdowns\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlotipBreakdown($input: GlotipBreakdownInput!) {\n    glotipBreakdown(input: $input) {\n      code\n      name\n      indicator\n      year\n      breakdown\n      rows {\n        category\n        sex\n        age\n        figure {\n          count\n          suppressed\n          published\n        }\n      }\n      total {\n        count\n        suppressed\n        published\n      }\n      suppressedRows\n      note\n      citation\n    }\n  }\n"): (typeof documents)["\n  query GlotipBreakdown($input: GlotipBreakdownInput!) {\n    glotipBreakdown(input: $input) {\n      code\n      name\n      indicator\n      year\n      breakdown\n      rows {\n        category\n        sex\n        age\n        figure {\n          count\n          suppressed\n          published\n        }\n      }\n      total {\n        count\n        suppressed\n        published\n      }\n      suppressedRows\n      note\n      citation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCase($input: RecordCaseInput!) {\n    recordCase(input: $input) {\n      id\n      indicator\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCase($input: RecordCaseInput!) {\n    recordCase(input: $input) {\n      id\n      indicator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadStix($id: ID!) {\n    leadStix(id: $id)\n  }\n"): (typeof documents)["\n  query LeadStix($id: ID!) {\n    leadStix(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimingIndicatorsFields on TimingIndicatorsModel {\n    operationId\n    tasksOnTime { onTime late denominator excluded rate }\n    leadToAction { medianMs measured withoutAction }\n  }\n"): (typeof documents)["\n  fragment TimingIndicatorsFields on TimingIndicatorsModel {\n    operationId\n    tasksOnTime { onTime late denominator excluded rate }\n    leadToAction { medianMs measured withoutAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationIndicators($operationId: ID!) {\n    operationIndicators(operationId: $operationId) {\n      operationId\n      k\n      viewerIsCoordinator\n      targets {\n        id\n        indicator\n        periodStart\n        periodEnd\n        target\n        achieved { count suppressed label }\n        progress\n      }\n      timing { ...TimingIndicatorsFields }\n      taskForceTiming { ...TimingIndicatorsFields }\n    }\n  }\n"): (typeof documents)["\n  query OperationIndicators($operationId: ID!) {\n    operationIndicators(operationId: $operationId) {\n      operationId\n      k\n      viewerIsCoordinator\n      targets {\n        id\n        indicator\n        periodStart\n        periodEnd\n        target\n        achieved { count suppressed label }\n        progress\n      }\n      timing { ...TimingIndicatorsFields }\n      taskForceTiming { ...TimingIndicatorsFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOperationTarget($input: SetOperationTargetInput!) {\n    setOperationTarget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetOperationTarget($input: SetOperationTargetInput!) {\n    setOperationTarget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOperationTarget($id: ID!) {\n    removeOperationTarget(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveOperationTarget($id: ID!) {\n    removeOperationTarget(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;