import { MentionCandidates, mentionsIn, newMentionsIn } from '../mentions';

const candidates: MentionCandidates = {
  agencies: [
    { id: 'ro', acronym: 'RO-DIOC' },
    { id: 'nl', acronym: 'NL-POL' },
    { id: 'eu', acronym: 'Europol' },
  ],
  people: [
    { id: 'ana', email: 'liaison@demo.test' },
    { id: 'jan', email: 'coordinator@demo.test' },
  ],
};

describe('mentions in a channel message', () => {
  it.each([
    ['@RO-DIOC please check the bank records', ['ro'], []],
    ['Thanks @ro-dioc and @Europol.', ['ro', 'eu'], []],
    ['@liaison@demo.test can you confirm?', [], ['ana']],
    ['(@LIAISON@demo.test) and @coordinator@demo.test, see above', [], ['ana', 'jan']],
    ['@NL-POL @NL-POL @RO-DIOC: twice is once', ['nl', 'ro'], []],
    ['write to liaison@demo.test or ops@RO-DIOC', [], []],
    ['@ES-BIP is not in this operation', [], []],
    ['@RO-DIOCX is another word', [], []],
    ['a lone @ sign, @-dash and @@RO-DIOC', [], []],
    ['“@Europol”: quoted', ['eu'], []],
    ['', [], []],
  ])('%p mentions agencies %p and people %p', (body, agencyIds, userIds) => {
    expect(mentionsIn(body, candidates)).toEqual({ agencyIds, userIds });
  });

  it.each([
    ['a mention added to one kept', '@RO-DIOC and @liaison@demo.test', ['@RO-DIOC only'], [], ['ana']],
    ['the same mentions, other words', 'Thanks @RO-DIOC, @liaison@demo.test', ['@ro-dioc and @LIAISON@demo.test, see'], [], []],
    ['a mention removed', 'nobody now', ['@RO-DIOC'], [], []],
    ['a mention removed, then written again', '@RO-DIOC again', ['nobody now', '@RO-DIOC'], [], []],
    ['an agency and a person new, one outside the operation', '@NL-POL @coordinator@demo.test @ES-BIP', ['plain text'], ['nl'], ['jan']],
  ])('an edit: %s', (_, body, earlier, agencyIds, userIds) => {
    expect(newMentionsIn(body, earlier, candidates)).toEqual({ agencyIds, userIds });
  });
});
