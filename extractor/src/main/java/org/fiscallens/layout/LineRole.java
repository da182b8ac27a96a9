package org.fiscallens.layout;

/** What a text line is on its page: body text, or furniture kept out of the body. */
public enum LineRole {
    BODY,
    /** A running header repeated across pages. */
    HEADER,
    /** A running footer repeated across pages. */
    FOOTER,
    /** A page number or page label such as "— 1 —", "-3-", "第 2 页". */
    PAGE_NUMBER
}
