/**
 * The business model of ad hoc support: one sub-package per aggregate and {@code shared} for the
 * value objects several hold, with no container dependencies beyond JPA mappings and Jakarta
 * Mail's address parser.
 */
package com.adhocsupport.domain;
