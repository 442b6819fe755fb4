package cn.medins.rest;

import java.util.List;

/** One page of a list endpoint: {@code ?page=&size=} in, this shape out (API.md). */
public record Page<T>(List<T> items, int page, int size, long total) {
}
