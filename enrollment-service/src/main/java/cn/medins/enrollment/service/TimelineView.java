package cn.medins.enrollment.service;

import java.time.OffsetDateTime;

/** One entry of {@code GET /persons/{insuredId}/timeline}: what changed, when, and its source. */
public record TimelineView(OffsetDateTime occurredAt, String kind, String description, String source) {
}
