package cn.medins.settlement.domain;

/** What the funds leave is the patient's: the split always adds up to the total. */
final class PatientShareLayer implements FundLayer {

    @Override
    public void rate(Rating r) {
        r.personal = r.total.subtract(r.basic).subtract(r.largeMedical).subtract(r.criticalIllness).subtract(r.assistance)
                .subtract(r.maternityShare.add(r.allowance));
        r.explain("personal", r.personal, "total − basic pool − large medical − critical illness − assistance − maternity fund");
    }
}
