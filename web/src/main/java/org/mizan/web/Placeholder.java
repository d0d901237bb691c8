package org.mizan.web;
class Placeholder {}
