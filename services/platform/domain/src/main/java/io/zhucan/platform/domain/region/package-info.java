/**
 * The administrative divisions of Zhejiang (GB/T 2260): the province, its cities, county-level
 * divisions and townships, vendored from a maintained dataset (see zhejiang-divisions.NOTICE.md
 * next to the data) and read by every service that needs to know which codes exist.
 */
@NullMarked
package io.zhucan.platform.domain.region;

import org.jspecify.annotations.NullMarked;
