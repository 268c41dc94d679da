/** The business model of ad hoc support: one sub-package per aggregate, with no container dependencies beyond JPA mappings. */
package com.adhocsupport.domain;
