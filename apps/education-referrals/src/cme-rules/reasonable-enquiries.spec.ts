import { ReasonableEnquiries, ReasonableEnquiryLabels, ReasonableEnquiryNotMade, isReasonableEnquiry } from './reasonable-enquiries';

describe('reasonable enquiries (DfE Children missing education guidance)', () => {
  it('when the CMO looks for a child, then the enquiries are the school and census, other LAs, health, police, housing, DWP/HMRC and a home visit', () => {
    expect(ReasonableEnquiries).toEqual(['SCHOOL_AND_CENSUS', 'OTHER_LOCAL_AUTHORITY', 'HEALTH', 'POLICE', 'HOUSING', 'DWP_HMRC', 'HOME_VISIT']);
  });

  it('when staff pages show an enquiry, then each has a plain-English label and a sentence for when it is not yet made', () => {
    for (const enquiry of ReasonableEnquiries) {
      expect(ReasonableEnquiryLabels[enquiry]).toMatch(/^[A-Z][^_]+$/);
      expect(ReasonableEnquiryNotMade[enquiry]).toMatch(/^[a-zA-Z][^_]+$/);
    }
    expect(ReasonableEnquiryLabels.DWP_HMRC).toBe('DWP and HMRC');
    expect(ReasonableEnquiryLabels.SCHOOL_AND_CENSUS).toMatch(/Key to Success.*School2School/);
    expect(ReasonableEnquiryNotMade.HEALTH).toBe('Health has not been asked');
  });

  it('when a value comes from a form, then only the listed enquiries are accepted', () => {
    expect(isReasonableEnquiry('HOUSING')).toBe(true);
    expect(isReasonableEnquiry('housing')).toBe(false);
    expect(isReasonableEnquiry('SOCIAL_MEDIA')).toBe(false);
    expect(isReasonableEnquiry(undefined)).toBe(false);
  });
});
