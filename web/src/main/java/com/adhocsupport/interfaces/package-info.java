/** The ways in: pages, servlets and endpoints. They translate requests and delegate to the application layer. */
package com.adhocsupport.interfaces;
