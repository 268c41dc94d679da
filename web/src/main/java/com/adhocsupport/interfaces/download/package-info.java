/** The deployment link the end user opens (no login): instructions and the support app download. */
package com.adhocsupport.interfaces.download;
