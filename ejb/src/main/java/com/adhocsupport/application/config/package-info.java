/** The deployment's settings as the services read them: an interface this layer owns, read by the infrastructure. */
package com.adhocsupport.application.config;
