package cn.medins.settlement.domain;

/** The policy cannot settle the claim as sent; {@code field} is the JSON path of the claim field at fault. */
public class PolicyRefusal extends RuntimeException {

    private final String field;

    public PolicyRefusal(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
