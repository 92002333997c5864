/** The demo teams and accounts (fictional people sharing one published password) and the teams' quorum rules. */
package org.refract.demo.identity;
