package cn.medins.contracts.partner;

/** Needy-person categories of civil affairs and rural revitalisation (EVENTS.md). */
public enum NeedyCategory {
    /** 特困人员 */
    EXTREME_POVERTY,
    /** 低保对象 */
    LOW_INCOME,
    /** 返贫致贫人口 */
    RETURNED_TO_POVERTY,
    /** 低保边缘家庭成员 */
    LOW_INCOME_MARGINAL,
    /** 防止返贫监测对象 */
    MONITORED
}
