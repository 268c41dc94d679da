/** The technician console: one backing bean per screen, thin, translating to the application services. */
package com.adhocsupport.interfaces.console;
