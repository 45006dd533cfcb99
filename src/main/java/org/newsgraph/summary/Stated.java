package org.newsgraph.summary;

/** A fact as one article states it: the key of the summary it supports, and the support itself. */
record Stated<K>(K key, Support support) {
}
