/** Integration tests against a real managed WildFly with the product's EAR; most run inside the server. */
package com.adhocsupport.it;
