package cn.medins.rest;

/** One invalid input field of a request, by its JSON path, and what is wrong with it. */
public record FieldError(String field, String message) {
}
