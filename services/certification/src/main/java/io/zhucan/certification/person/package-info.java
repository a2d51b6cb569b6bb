/** Persons: one record per resident ID number (GB 11643 validated), the owner of every case. */
@NullMarked
package io.zhucan.certification.person;

import org.jspecify.annotations.NullMarked;
