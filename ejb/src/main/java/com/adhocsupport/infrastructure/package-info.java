/** Technical adapters: persistence, mail, configuration and cryptography. */
package com.adhocsupport.infrastructure;
