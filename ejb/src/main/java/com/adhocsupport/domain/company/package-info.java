/** A company (customer account): its plan, modules and seats, and what they allow. */
package com.adhocsupport.domain.company;
