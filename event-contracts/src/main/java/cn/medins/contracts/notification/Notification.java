package cn.medins.contracts.notification;

import cn.medins.contracts.EventType;

/** An SMS text to the insured on {@code notifications.outbound}, keyed by insured id; the gateway resolves the phone. */
public record Notification(String notificationId, String insuredId, String template, String text, String cause) {

    public static final EventType TYPE = EventType.v1("notification", "Notification");
}
