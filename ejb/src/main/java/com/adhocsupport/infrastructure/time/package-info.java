/** The clock the application layer reads. */
package com.adhocsupport.infrastructure.time;
