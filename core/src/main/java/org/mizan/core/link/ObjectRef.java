package org.mizan.core.link;

/**
 * A proposition's object resolved for linking.
 *
 * @param mention     the object as written, or null when the proposition has none
 * @param key         what two objects must share to be the same object: "class:agreement" for every
 *                    agreement-type object, otherwise the sorted stems of its content words
 * @param objectClass the class from object-classes.tsv, or null
 */
public record ObjectRef(String mention, String key, String objectClass) {
}
