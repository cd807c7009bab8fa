package org.lectern.ui;

import org.lectern.model.Stance;
import org.lectern.model.Strength;

/** The answer to "link this evidence to which claim, and how?". */
public record LinkChoice<T>(T target, Stance stance, Strength strength) {
}
