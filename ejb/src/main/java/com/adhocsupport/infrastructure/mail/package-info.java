/** The invitation e-mail, sent through the server's mail session. */
package com.adhocsupport.infrastructure.mail;
