/**
 * Reading and stamping the support app's Windows Installer package: its compound-file
 * container and the string pool that holds the values of its properties.
 */
package com.adhocsupport.interfaces.download.msi;
