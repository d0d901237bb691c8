package org.mizan.web.story;

/** Fired whenever stored links or stories change, so caches of rendered pages drop what they hold. */
public record CorpusChanged(String what) {
}
