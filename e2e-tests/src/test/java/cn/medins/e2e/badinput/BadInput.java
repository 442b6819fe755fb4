package cn.medins.e2e.badinput;

/**
 * One input a service must refuse: what it is (for the report), the exact bytes to send, and the field a good refusal
 * names (null when the whole document is unreadable).
 */
public record BadInput(String label, byte[] body, String field) {
}
