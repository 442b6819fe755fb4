package cn.medins.assistance.service;

/** Who a decision is about: the ID number always, the insured id when enrollment made it known. */
public record Person(String idNumber, String insuredId) {

    /** The record key of events about the person: the insured id where known, else the ID number. */
    public String key() {
        return insuredId != null ? insuredId : idNumber;
    }
}
