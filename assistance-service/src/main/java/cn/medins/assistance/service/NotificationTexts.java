package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.util.Map;

import cn.medins.assistance.repository.BenefitDecision;

/** The SMS text of each decision; amounts in yuan, never an account or ID number. */
final class NotificationTexts {

    private static final Map<String, String> DISEASES = Map.of("HYPERTENSION", "高血压", "DIABETES", "糖尿病",
            "CORONARY_HEART_DISEASE", "冠心病", "STROKE_SEQUELAE", "脑卒中后遗症", "CHRONIC_KIDNEY_DISEASE", "慢性肾脏病");

    private NotificationTexts() {
    }

    static String of(BenefitDecision decision, Map<String, String> details) {
        return switch (decision.kind()) {
            case PREMIUM_SUBSIDY -> "您本年度城乡居民医保个人缴费获资助" + yuan(decision.amount()) + "元，无需申请。";
            case RETROACTIVE_ASSISTANCE, RE_ASSISTANCE -> "您的医疗救助" + yuan(decision.amount()) + "元已核定，" + paidOrReviewed(decision);
            case MATERNITY_ALLOWANCE -> decision.amount() == null
                    ? "您的生育津贴已受理，乡镇经办人员将与您联系。"
                    : "您的生育津贴" + yuan(decision.amount()) + "元已核定，" + paidOrReviewed(decision);
            case CHRONIC_DISEASE_RECOGNITION -> "您已被认定为门诊慢特病（" + DISEASES.getOrDefault(details.get("disease"), "慢性病") + "）待遇人员，无需申请。";
            case RETROACTIVE_ASSISTANCE_REVIEW -> "您的救助身份认定早于可自动追溯的期限，此前的医疗费用将由乡镇经办人员审核。";
            case LONG_TERM_CARE_REFERRAL -> "您已被推荐参加长期护理失能评估，经办人员将与您联系。";
            case BANK_ACCOUNT_REVIEW -> "为您登记的银行账户户名与您本人不符，经乡镇经办人员核实前不会向该账户发放任何款项。";
            case PAYMENT_REVIEW -> "您的一笔待遇款项" + yuan(decision.amount()) + "元将经乡镇经办人员审核后发放。";
        };
    }

    private static String paidOrReviewed(BenefitDecision decision) {
        return decision.status() == BenefitDecision.Status.PAID ? "已发放至您登记的银行账户。" : "经乡镇审核后发放。";
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
