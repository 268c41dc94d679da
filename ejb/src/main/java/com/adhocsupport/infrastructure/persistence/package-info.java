/** JPA repositories and the schema migration run at deployment. */
package com.adhocsupport.infrastructure.persistence;
