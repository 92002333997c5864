package org.refract.service.review;

import java.io.Serializable;

/**
 * What a discussion holds, in two numbers: a page that polls compares marks and reloads the thread only when they
 * differ. Comments are never edited or deleted, so count and newest id change exactly when someone posts.
 */
public record ThreadMark(long count, long newestId) implements Serializable {

    public static final ThreadMark EMPTY = new ThreadMark(0, 0);
}
