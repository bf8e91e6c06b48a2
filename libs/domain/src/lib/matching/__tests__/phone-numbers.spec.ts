/**
 * Scenario table — phone numbers to ITU-T E.164 (libphonenumber-js, full metadata), the lead's country as the
 * default region for national numbers. Expected values written by hand.
 */
import { SelectorKind } from '../selector-types';
import { accepts, refuses } from './fixtures';

const PHONE = SelectorKind.PHONE;

describe('phone numbers, lead in Romania (default region RO)', () => {
  accepts(
    PHONE,
    [
      ['international form with spaces', { phone: '+40 712 345 678' }, '+40712345678', '+40 712 345 678'],
      ['international call prefix 00', { phone: '0040712345678' }, '+40712345678', '+40 712 345 678'],
      ['national form with trunk prefix 0', { phone: '0712 345 678' }, '+40712345678', '+40 712 345 678'],
      ['dashes and brackets', { phone: '(0712)-345-678' }, '+40712345678', '+40 712 345 678'],
      ['tel: URI', { phone: 'tel:+40-712-345-678' }, '+40712345678', '+40 712 345 678'],
      ['surrounding white space, zero-width space and bidi mark', { phone: ' \u200b+40 712\u200e 345 678\t' }, '+40712345678', '+40 712 345 678'],
      ['Bucharest fixed line', { phone: '021 315 0000' }, '+40213150000', '+40 21 315 0000'],
      ['a foreign number written internationally', { phone: '+44 20 7946 0958' }, '+442079460958', '+44 20 7946 0958'],
      ['a foreign number after 00', { phone: '00 1 213 373 4253' }, '+12133734253', '+1 213 373 4253'],
      ['an extension is shown, not matched', { phone: '+1 213 373 4253 ext. 12' }, '+12133734253', '+1 213 373 4253 ext. 12'],
    ],
    { defaultRegion: 'RO' },
  );

  refuses(
    PHONE,
    [
      ['empty', { phone: '   ' }, ['phone']],
      ['letters', { phone: 'call me' }, ['phone']],
      ['one digit short', { phone: '0712 345 67' }, ['phone']],
      ['outside every Romanian number range', { phone: '+40 112 345 678' }, ['phone']],
      ['not a string', { phone: 40712345678 as unknown as string }, ['phone']],
    ],
    { defaultRegion: 'RO' },
  );
});

describe('phone numbers, other default regions', () => {
  accepts(PHONE, [['US national', { phone: '(213) 373-4253' }, '+12133734253', '+1 213 373 4253']], { defaultRegion: 'US' });
  accepts(PHONE, [['US international call prefix 011', { phone: '011 40 712 345 678' }, '+40712345678', '+40 712 345 678']], { defaultRegion: 'us' });
  accepts(PHONE, [['UK national', { phone: '020 7946 0958' }, '+442079460958', '+44 20 7946 0958']], { defaultRegion: 'GB' });
  accepts(PHONE, [['international form needs no region', { phone: '+40 712 345 678' }, '+40712345678', '+40 712 345 678']]);
  refuses(PHONE, [['a national number without a region', { phone: '0712 345 678' }, ['phone']]]);
  refuses(PHONE, [['a national number with an unknown region', { phone: '0712 345 678' }, ['phone']]], { defaultRegion: 'ZZ' });
});
