/** Technicians of a company: role, permissions and login identity. */
package com.adhocsupport.domain.technician;
