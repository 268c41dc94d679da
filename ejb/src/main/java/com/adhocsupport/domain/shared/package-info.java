/** Value objects more than one aggregate holds, each valid or not made at all, and the refusal they share. */
package com.adhocsupport.domain.shared;
