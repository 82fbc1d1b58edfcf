import { outcomesFor, outcomeTransition } from './outcome-transitions';

describe('which outcomes a task accepts', () => {
  it('given a claimed return interview, an offer moves it to OFFERED, then acceptance to ACCEPTED, then the interview completes it', () => {
    expect(outcomeTransition('RETURN_INTERVIEW', 'CLAIMED', 'OFFERED')).toEqual({ ok: true, to: 'OFFERED' });
    expect(outcomeTransition('RETURN_INTERVIEW', 'OFFERED', 'ACCEPTED')).toEqual({ ok: true, to: 'ACCEPTED' });
    expect(outcomeTransition('RETURN_INTERVIEW', 'ACCEPTED', 'HELD')).toEqual({ ok: true, to: 'COMPLETED' });
  });

  it('given an offered return interview, a refusal completes it', () => {
    expect(outcomeTransition('RETURN_INTERVIEW', 'OFFERED', 'DECLINED')).toEqual({ ok: true, to: 'COMPLETED' });
  });

  it('given a return interview nobody has claimed, or one already completed, recording anything is an illegal state', () => {
    expect(outcomeTransition('RETURN_INTERVIEW', 'OPEN', 'OFFERED')).toEqual({ ok: false, problem: 'ILLEGAL_STATE' });
    expect(outcomeTransition('RETURN_INTERVIEW', 'COMPLETED', 'DECLINED')).toEqual({ ok: false, problem: 'ILLEGAL_STATE' });
    expect(outcomeTransition('RETURN_INTERVIEW', 'CLAIMED', 'HELD')).toEqual({ ok: false, problem: 'ILLEGAL_STATE' });
  });

  it('given a multi-agency meeting, only "meeting held" applies', () => {
    expect(outcomeTransition('MULTI_AGENCY_MEETING', 'CLAIMED', 'MEETING_HELD')).toEqual({ ok: true, to: 'COMPLETED' });
    expect(outcomeTransition('MULTI_AGENCY_MEETING', 'CLAIMED', 'OFFERED')).toEqual({ ok: false, problem: 'WRONG_TYPE' });
  });

  it('given a CME task, no outcome applies here: the work is recorded on the case, and the task closes with it', () => {
    expect(outcomesFor('CME_ENQUIRIES')).toEqual([]);
    expect(outcomeTransition('CME_ENQUIRIES', 'CLAIMED', 'DONE')).toEqual({ ok: false, problem: 'WRONG_TYPE' });
  });
});
