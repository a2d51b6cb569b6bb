/** Helpers the persistence adapters of every feature share. */
@NullMarked
package io.zhucan.subsidy.shared.persistence;

import org.jspecify.annotations.NullMarked;
